CREATE TABLE visits (session TEXT NOT NULL, path TEXT NOT NULL, PRIMARY KEY (session, path));
