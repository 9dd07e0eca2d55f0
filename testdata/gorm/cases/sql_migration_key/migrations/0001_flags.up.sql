-- golang-migrate: the unique key lives here, not in the struct tags.
CREATE TABLE feature_flags (
    id BIGSERIAL PRIMARY KEY,
    name TEXT NOT NULL,
    enabled BOOLEAN NOT NULL DEFAULT false
);
CREATE UNIQUE INDEX idx_feature_flags_name ON feature_flags (name);
