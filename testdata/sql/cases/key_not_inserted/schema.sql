CREATE TABLE invites (id SERIAL PRIMARY KEY, code TEXT UNIQUE DEFAULT md5(random()::text), email TEXT NOT NULL);
