CREATE TABLE remoteusers (actor_id TEXT NOT NULL PRIMARY KEY, inbox TEXT NOT NULL, handle TEXT);
