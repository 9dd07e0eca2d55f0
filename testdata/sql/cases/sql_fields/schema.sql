CREATE TABLE webauthn_users (id BIGSERIAL PRIMARY KEY, rpid TEXT NOT NULL, username TEXT NOT NULL, handle TEXT NOT NULL, UNIQUE (rpid, username));
