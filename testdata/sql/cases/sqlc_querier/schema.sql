CREATE TABLE users (
    id TEXT PRIMARY KEY,
    email TEXT NOT NULL,
    first_name TEXT NOT NULL
);
CREATE UNIQUE INDEX idx_users_email ON users (email);
CREATE TABLE members (
    org_id TEXT NOT NULL,
    user_id TEXT NOT NULL,
    role TEXT NOT NULL,
    UNIQUE (org_id, user_id)
);
