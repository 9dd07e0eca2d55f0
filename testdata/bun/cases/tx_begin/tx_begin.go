// bun: a transaction begun with BeginTx; the insert on the bun.Tx runs
// in a savepoint.
package tx_begin

import (
	"context"
	"database/sql"
	"errors"

	"github.com/uptrace/bun"
)

type Member struct {
	bun.BaseModel `bun:"table:members"`
	TeamID        int64  `bun:"team_id,pk"`
	UserID        int64  `bun:"user_id,pk"`
	Role          string `bun:"role"`
}

// Join adds the user to the team.
func Join(ctx context.Context, db *bun.DB, teamID, userID int64) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	m := new(Member)
	err = tx.NewSelect().Model(m).Where("team_id = ? AND user_id = ?", teamID, userID).Scan(ctx)
	if errors.Is(err, sql.ErrNoRows) {
		if _, err := tx.NewInsert().Model(&Member{TeamID: teamID, UserID: userID, Role: "member"}).Exec(ctx); err != nil {
			return err
		}
	} else if err != nil {
		return err
	}
	return tx.Commit()
}
