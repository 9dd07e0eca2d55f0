// Package perm is a trimmed copy of github.com/drone/drone/store/perm
// (perm.go and scan.go).
package perm

import (
	"context"

	"example.com/heldout/drone/core"
	"example.com/heldout/drone/store/shared/db"
)

// New returns a new PermStore.
func New(db *db.DB) core.PermStore {
	return &permStore{db}
}

type permStore struct {
	db *db.DB
}

// Find returns a project member from the datastore.
func (s *permStore) Find(ctx context.Context, repo string, user int64) (*core.Perm, error) {
	out := &core.Perm{RepoUID: repo, UserID: user}
	err := s.db.View(func(queryer db.Queryer, binder db.Binder) error {
		params := toParams(out)
		query, args, err := binder.BindNamed(queryKey, params)
		if err != nil {
			return err
		}
		row := queryer.QueryRow(query, args...)
		return scanRow(row, out)
	})
	return out, err
}

// Update persists an updated project member to the datastore.
func (s *permStore) Update(ctx context.Context, perm *core.Perm) error {
	return s.db.Lock(func(execer db.Execer, binder db.Binder) error {
		params := toParams(perm)
		stmt, args, err := binder.BindNamed(stmtUpdate, params)
		if err != nil {
			return err
		}
		_, err = execer.Exec(stmt, args...)
		return err
	})
}

// helper function converts the Perm structure to a set
// of named query parameters.
func toParams(perm *core.Perm) map[string]interface{} {
	return map[string]interface{}{
		"perm_user_id":  perm.UserID,
		"perm_repo_uid": perm.RepoUID,
		"perm_read":     perm.Read,
		"perm_write":    perm.Write,
		"perm_admin":    perm.Admin,
		"perm_synced":   perm.Synced,
		"perm_created":  perm.Created,
		"perm_updated":  perm.Updated,
	}
}

// helper function scans the sql.Row and copies the column
// values to the destination object.
func scanRow(scanner db.Scanner, dst *core.Perm) error {
	return scanner.Scan(
		&dst.UserID,
		&dst.RepoUID,
		&dst.Read,
		&dst.Write,
		&dst.Admin,
		&dst.Synced,
		&dst.Created,
		&dst.Updated,
	)
}

const queryKey = `
SELECT
 perm_user_id
,perm_repo_uid
,perm_read
,perm_write
,perm_admin
,perm_synced
,perm_created
,perm_updated
FROM perms
WHERE perm_user_id  = :perm_user_id
  AND perm_repo_uid = :perm_repo_uid
`

const stmtUpdate = `
UPDATE perms
SET
 perm_read = :perm_read
,perm_write = :perm_write
,perm_admin = :perm_admin
,perm_synced = :perm_synced
,perm_updated = :perm_updated
WHERE perm_user_id = :perm_user_id
  AND perm_repo_uid = :perm_repo_uid
`
