-- +goose Up
-- +goose StatementBegin

-- Baseline schema migration.
-- (Trimmed copy of owncast persistence/migrations/00001_init.sql: only the
-- tables the reproduced sites touch.)

CREATE TABLE IF NOT EXISTS datastore (
    "key" TEXT NOT NULL PRIMARY KEY,
    "value" BLOB,
    "timestamp" DATE DEFAULT CURRENT_TIMESTAMP NOT NULL
);

CREATE TABLE IF NOT EXISTS users (
    "id" TEXT NOT NULL,
    "display_name" TEXT NOT NULL,
    "display_color" INTEGER NOT NULL,
    "created_at" TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
    "disabled_at" TIMESTAMP,
    "previous_names" TEXT DEFAULT '',
    "namechanged_at" TIMESTAMP,
    "authenticated_at" TIMESTAMP,
    "scopes" TEXT,
    "type" TEXT DEFAULT 'STANDARD',
    "last_used" DATETIME DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (id)
);
CREATE INDEX IF NOT EXISTS idx_user_id ON users (id);
CREATE INDEX IF NOT EXISTS idx_user_id_disabled ON users (id, disabled_at);
CREATE INDEX IF NOT EXISTS idx_user_disabled_at ON users (disabled_at);

CREATE TABLE IF NOT EXISTS user_access_tokens (
    "token" TEXT NOT NULL PRIMARY KEY,
    "user_id" TEXT NOT NULL,
    "timestamp" DATE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    FOREIGN KEY(user_id) REFERENCES users(id)
);

CREATE TABLE IF NOT EXISTS ap_outbox (
    "iri" TEXT NOT NULL,
    "value" BLOB,
    "type" TEXT NOT NULL,
    "created_at" TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
    "live_notification" BOOLEAN DEFAULT FALSE,
    PRIMARY KEY (iri)
);
CREATE INDEX IF NOT EXISTS idx_iri ON ap_outbox (iri);
CREATE INDEX IF NOT EXISTS idx_ap_outbox_iri ON ap_outbox (iri);
CREATE INDEX IF NOT EXISTS idx_type ON ap_outbox (type);
CREATE INDEX IF NOT EXISTS idx_live_notification ON ap_outbox (live_notification);

CREATE TABLE IF NOT EXISTS ap_accepted_activities (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "iri" TEXT NOT NULL,
    "actor" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "timestamp" TIMESTAMP NOT NULL
);
CREATE INDEX IF NOT EXISTS idx_iri_actor_index ON ap_accepted_activities (iri, actor);

CREATE TABLE IF NOT EXISTS auth (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "user_id" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "timestamp" DATE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    FOREIGN KEY(user_id) REFERENCES users(id)
);
CREATE INDEX IF NOT EXISTS idx_auth_token ON auth (token);

-- +goose StatementEnd

-- +goose Down
-- +goose StatementBegin
SELECT 'baseline migration has no down step';
-- +goose StatementEnd
