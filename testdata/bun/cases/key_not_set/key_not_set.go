// The insert does not set the looked-up key.
package key_not_set

import (
	"context"
	"database/sql"
	"errors"

	"github.com/uptrace/bun"
)

type Invite struct {
	bun.BaseModel `bun:"table:invites"`
	ID            int64  `bun:"id,pk,autoincrement"`
	Code          string `bun:"code,unique"`
	Email         string `bun:"email"`
}

// Invite creates an invitation when the code is unused.
func Create(ctx context.Context, db *bun.DB, code, email string) error {
	var inv Invite
	err := db.NewSelect().Model(&inv).Where("code = ?", code).Scan(ctx)
	if errors.Is(err, sql.ErrNoRows) {
		_, err = db.NewInsert().Model(&Invite{Email: email}).Exec(ctx)
	}
	return err
}
