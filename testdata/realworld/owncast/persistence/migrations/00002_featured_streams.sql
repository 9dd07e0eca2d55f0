-- +goose Up
-- +goose StatementBegin

-- Featured streams / mini-directory schema additions.
-- (Trimmed copy of owncast persistence/migrations/00002_featured_streams.sql.)

CREATE TABLE IF NOT EXISTS federated_servers (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "iri" TEXT NOT NULL UNIQUE,
    "name" TEXT,
    "logo_url" TEXT,
    "is_online" BOOLEAN DEFAULT FALSE,
    "stream_title" TEXT,
    "stream_description" TEXT,
    "stream_tags" TEXT,
    "thumbnail_url" TEXT,
    "last_seen_online" TIMESTAMP,
    "last_status_update" TIMESTAMP,
    "added_at" TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
    "followed_at" TIMESTAMP,
    "pending" BOOLEAN DEFAULT TRUE,
    "username" TEXT,
    "display_name" TEXT,
    "summary" TEXT,
    "accepted_at" TIMESTAMP,
    "rejected_at" TIMESTAMP,
    "follow_status" TEXT DEFAULT 'pending'
);
CREATE INDEX IF NOT EXISTS federated_servers_iri ON federated_servers (iri);

-- +goose StatementEnd

-- +goose Down
-- +goose StatementBegin
DROP INDEX IF EXISTS federated_servers_iri;
DROP TABLE IF EXISTS federated_servers;
-- +goose StatementEnd
