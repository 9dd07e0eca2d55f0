CREATE TABLE devices (mac TEXT NOT NULL, first_seen TEXT NOT NULL);
CREATE UNIQUE INDEX devices_mac ON devices (mac);
