CREATE TABLE users (
    id TEXT PRIMARY KEY,
    email TEXT NOT NULL,
    first_name TEXT NOT NULL
);
CREATE UNIQUE INDEX idx_users_email ON users (email);
