-- Reconstructed for the Params the read handlers pass (Name+Deleted,
-- UserID+Deleted, DisplayName/Icon); the stored organizations.sql read
-- (033021d2) is an older version:
--   GetOrganizationByName: WHERE LOWER("name") = LOWER(@name) LIMIT 1;
--   GetOrganizationsByUserID: WHERE id = (SELECT organization_id FROM organization_members WHERE user_id = $1);
--   InsertOrganization: (id, "name", description, created_at, updated_at, is_default)
--     VALUES ($1, $2, $3, $4, $5, (SELECT count(*) FROM organizations) = 0)

-- name: GetDefaultOrganization :one
SELECT
	*
FROM
	organizations
WHERE
	is_default = true
LIMIT
	1;

-- name: GetOrganizationByName :one
SELECT
	*
FROM
	organizations
WHERE
	-- Optionally include deleted organizations
	deleted = @deleted AND
	LOWER("name") = LOWER(@name)
LIMIT
	1;

-- name: GetOrganizationsByUserID :many
SELECT
	*
FROM
	organizations
WHERE
	-- Optionally include deleted organizations
	deleted = @deleted AND
	id = ANY(
		SELECT
			organization_id
		FROM
			organization_members
		WHERE
			user_id = $1
	);

-- name: InsertOrganization :one
INSERT INTO
	organizations (id, "name", display_name, description, icon, created_at, updated_at, is_default)
VALUES
	-- If no organizations exist, and this is the first, make it the default.
	(@id, @name, @display_name, @description, @icon, @created_at, @updated_at, (SELECT TRUE FROM organizations LIMIT 1) IS NULL) RETURNING *;
