// A lookup by one key or another: no one key.
package where_or

import (
	"context"
	"database/sql"
	"errors"

	"github.com/uptrace/bun"
)

type Account struct {
	bun.BaseModel `bun:"table:accounts"`
	ID            int64  `bun:"id,pk,autoincrement"`
	Email         string `bun:"email,unique"`
	Login         string `bun:"login,unique"`
}

// Find finds the account by email or login, creating it when neither
// matches.
func Find(ctx context.Context, db *bun.DB, email, login string) error {
	var a Account
	err := db.NewSelect().Model(&a).Where("email = ?", email).WhereOr("login = ?", login).Scan(ctx)
	if errors.Is(err, sql.ErrNoRows) {
		_, err = db.NewInsert().Model(&Account{Email: email, Login: login}).Exec(ctx)
	}
	return err
}
