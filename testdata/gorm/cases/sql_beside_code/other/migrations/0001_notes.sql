CREATE TABLE notes (id bigint PRIMARY KEY, title text NOT NULL);
CREATE UNIQUE INDEX notes_title ON notes (title);
