CREATE TABLE settings (
    id bigint NOT NULL AUTO_INCREMENT,
    name varchar(191) NOT NULL,
    value text,
    PRIMARY KEY (id)
);
CREATE UNIQUE INDEX settings_name ON settings (name);
CREATE TABLE notes (
    id bigint NOT NULL AUTO_INCREMENT,
    title varchar(191) NOT NULL,
    PRIMARY KEY (id)
);
