-- name: GetTenantResourceLimit :one
WITH updated AS (
    UPDATE "TenantResourceLimit"
    SET
        "value" = 0, -- Reset to 0 if the window has passed
        "lastRefill" = CURRENT_TIMESTAMP -- Update lastRefill if the window has passed
    WHERE "tenantId" = @tenantId::uuid
      AND (("window" IS NOT NULL AND "window" != '' AND NOW() - "lastRefill" >= "window"::INTERVAL))
      AND "resource" = sqlc.narg('resource')::"LimitResource"
      AND "customValueMeter" = false
    RETURNING *
)
SELECT * FROM updated
UNION ALL
SELECT * FROM "TenantResourceLimit"
WHERE "tenantId" = @tenantId::uuid
    AND "resource" = sqlc.narg('resource')::"LimitResource"
    AND NOT EXISTS (SELECT 1 FROM updated);

-- name: InsertTenantResourceLimitsIfNotExists :exec
-- Insert-only defaults for first-use of a resource. Must not overwrite paid/custom limits.
WITH input_values AS (
    SELECT
        "resource",
        "limitValue",
        "alarmValue",
        "window",
        "customValueMeter"
    FROM (
        SELECT
            unnest(cast(@resources::text[] AS "LimitResource"[])) AS "resource",
            unnest(@limitValues::int[]) AS "limitValue",
            unnest(@alarmValues::int[]) AS "alarmValue",
            unnest(@windows::text[]) AS "window",
            unnest(@customValueMeters::boolean[]) AS "customValueMeter"
    ) AS subquery
)
INSERT INTO "TenantResourceLimit" ("id", "tenantId", "resource", "value", "limitValue", "alarmValue", "window", "customValueMeter", "lastRefill")
SELECT
    gen_random_uuid(),
    @tenantId::uuid,
    iv."resource",
    0,
    iv."limitValue",
    NULLIF(iv."alarmValue", 0),
    NULLIF(iv."window", ''),
    iv."customValueMeter",
    CURRENT_TIMESTAMP
FROM input_values iv
ON CONFLICT ("tenantId", "resource") DO NOTHING;

