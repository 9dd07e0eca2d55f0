-- name: InsertTelemetryItemIfNotExists :exec
INSERT INTO telemetry_items (key, value)
VALUES ($1, $2)
ON CONFLICT (key) DO NOTHING;

-- name: GetTelemetryItem :one
SELECT * FROM telemetry_items WHERE key = $1;
