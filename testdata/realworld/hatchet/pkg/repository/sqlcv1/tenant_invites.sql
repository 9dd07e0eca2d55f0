-- name: CountActiveInvites :one
SELECT
    COUNT(*)
FROM
    "TenantInviteLink"
WHERE
    "tenantId" = @tenantId::uuid
    AND "status" = 'PENDING'
    AND "expires" > now();

-- name: CreateTenantInvite :one
INSERT INTO "TenantInviteLink" (
    "id",
    "tenantId",
    "inviterEmail",
    "inviteeEmail",
    "expires",
    "role",
    "canViewPayloads"
) VALUES (
    gen_random_uuid(),
    @tenantId::uuid,
    @inviterEmail::text,
    @inviteeEmail::text,
    @expires::timestamp,
    @role::"TenantMemberRole",
    COALESCE(sqlc.narg('canViewPayloads')::boolean, true)
) RETURNING *;

-- name: GetExistingInvite :one
SELECT
    *
FROM
    "TenantInviteLink"
WHERE
    "inviteeEmail" = @inviteeEmail::text
    AND "tenantId" = @tenantId::uuid
    AND "status" = 'PENDING'
    AND "expires" > now();

-- name: GetInviteById :one
SELECT
    *
FROM
    "TenantInviteLink"
WHERE
    "id" = @id::uuid;

-- name: UpdateTenantInvite :one
UPDATE
    "TenantInviteLink"
SET
    "status" = COALESCE(sqlc.narg('status')::"InviteLinkStatus", "status"),
    "role" = COALESCE(sqlc.narg('role')::"TenantMemberRole", "role"),
    "canViewPayloads" = COALESCE(sqlc.narg('canViewPayloads')::boolean, "canViewPayloads")
WHERE
    "id" = @id::uuid
RETURNING *;

