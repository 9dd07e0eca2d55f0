-- name: GetWorkspaceByOwnerIDAndName :one
SELECT
	*
FROM
	workspaces
WHERE
	owner_id = @owner_id
	AND deleted = @deleted
	AND LOWER("name") = LOWER(@name)
ORDER BY created_at DESC;

-- name: InsertWorkspace :one
-- The column list past "name" is reconstructed from the InsertWorkspaceParams
-- the handler at 741d3e1a passes (AutostartSchedule, Ttl, LastUsedAt); the
-- stored versions read show the statement up to "autostart_sch..." (newer)
-- and a 7-column form (older).
INSERT INTO
	workspaces (
		id,
		created_at,
		updated_at,
		owner_id,
		organization_id,
		template_id,
		name,
		autostart_schedule,
		ttl,
		last_used_at
	)
VALUES
	($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING *;
