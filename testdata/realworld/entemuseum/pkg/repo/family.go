package repo

import (
	"context"
	"database/sql"
	"errors"

	"example.com/realworld/entemuseum/ente"
	"example.com/realworld/entemuseum/third_party/stacktrace"
	"example.com/realworld/entemuseum/third_party/uuid"
)

// FamilyRepository is an implementation of the FamilyRepo
// server/pkg/repo/family.go:15
type FamilyRepository struct {
	DB *sql.DB
}

// CreateFamily add the current user as the admin member.
// server/pkg/repo/family.go:25 (upsert :30, conditional UPDATE :38).
func (repo *FamilyRepository) CreateFamily(ctx context.Context, adminID int64) error {
	tx, err := repo.DB.BeginTx(ctx, nil)
	if err != nil {
		return stacktrace.Propagate(err, "")
	}
	_, err = tx.ExecContext(ctx, `INSERT INTO families(id, admin_id, member_id, status) 
			VALUES($1, $2, $3, $4) ON CONFLICT (admin_id,member_id) 
			    DO UPDATE SET status = $4 WHERE families.status NOT IN ($4)`, uuid.New(), adminID, adminID, ente.SELF)
	if err != nil {
		tx.Rollback()
		return stacktrace.Propagate(err, "")
	}

	result, err := tx.ExecContext(ctx, `UPDATE users SET family_admin_id = $1 WHERE user_id = $2 and family_admin_id is  null`, adminID, adminID)
	if err != nil {
		tx.Rollback()
		return stacktrace.Propagate(err, "")
	}
	affected, err := result.RowsAffected()
	if err != nil {
		tx.Rollback()
		return stacktrace.Propagate(err, "")
	}
	if affected != 1 {
		tx.Rollback()
		return stacktrace.Propagate(errors.New("exactly one row should be updated"), "")
	}
	return stacktrace.Propagate(tx.Commit(), "failed to commit txn creating family")
}
