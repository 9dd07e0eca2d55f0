-- name: ControllerPartitionHeartbeat :one
UPDATE
    "ControllerPartition" p
SET
    "lastHeartbeat" = NOW()
WHERE
    p."id" = sqlc.arg('controllerPartitionId')::text
RETURNING *;

-- name: CreateControllerPartition :one
INSERT INTO "ControllerPartition" ("id", "createdAt", "lastHeartbeat", "name")
VALUES (gen_random_uuid()::text, NOW(), NOW(), sqlc.narg('name')::text)
ON CONFLICT DO NOTHING
RETURNING *;

-- name: CreateTenant :one
WITH active_controller_partitions AS (
    SELECT
        "id"
    FROM
        "ControllerPartition"
    WHERE
        "lastHeartbeat" > NOW() - INTERVAL '1 minute'
)
INSERT INTO "Tenant" ("id", "name", "slug", "controllerPartitionId", "dataRetentionPeriod", "version", "onboardingData", "environment")
VALUES (
    sqlc.arg('id')::uuid,
    sqlc.arg('name')::text,
    sqlc.arg('slug')::text,
    (
        SELECT
            "id"
        FROM
            active_controller_partitions
        ORDER BY
            random()
        LIMIT 1
    ),
    COALESCE(sqlc.narg('dataRetentionPeriod')::text, '720h'),
    COALESCE(sqlc.narg('version')::"TenantMajorEngineVersion", 'V0'),
    sqlc.narg('onboardingData')::jsonb,
    sqlc.narg('environment')::"TenantEnvironment"
)
RETURNING *;

-- name: CreateTenantAlertingSettings :one
INSERT INTO "TenantAlertingSettings" ("id", "tenantId")
VALUES (gen_random_uuid(), sqlc.arg('tenantId')::uuid)
RETURNING *;

-- name: CreateTenantMember :one
INSERT INTO "TenantMember" (
    "id",
    "tenantId",
    "userId",
    "role",
    "canViewPayloads"
) VALUES (
    gen_random_uuid(),
    @tenantId::uuid,
    @userId::uuid,
    @role::"TenantMemberRole",
    COALESCE(sqlc.narg('canViewPayloads')::boolean, true)
) ON CONFLICT ("tenantId", "userId") DO UPDATE SET
    "role" = @role::"TenantMemberRole",
    "canViewPayloads" = COALESCE(sqlc.narg('canViewPayloads')::boolean, "TenantMember"."canViewPayloads")
RETURNING *;

-- name: GetTenantBySlug :one
SELECT
    *
FROM
    "Tenant" as tenants
WHERE
    "slug" = sqlc.arg('slug')::text
    AND "deletedAt" IS NULL;

-- name: GetTenantMemberByEmail :one
SELECT
    tm.*
FROM
    "TenantMember" tm
JOIN
    "User" u ON tm."userId" = u."id"
WHERE
    tm."tenantId" = @tenantId::uuid
    AND u."email" = @email::text;

