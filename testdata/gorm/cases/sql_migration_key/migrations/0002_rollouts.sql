-- +goose Up
CREATE TABLE rollouts (
    id BIGSERIAL PRIMARY KEY,
    flag TEXT NOT NULL,
    region TEXT NOT NULL
);
-- +goose Down
CREATE UNIQUE INDEX idx_rollouts_flag_region ON rollouts (flag, region);
