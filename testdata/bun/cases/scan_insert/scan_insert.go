// bun: NewSelect().Model(&u).Where(...).Scan(ctx), sql.ErrNoRows, then
// NewInsert().Model(&u).Exec(ctx).
package scan_insert

import (
	"context"
	"database/sql"
	"errors"

	"github.com/uptrace/bun"
)

type User struct {
	bun.BaseModel `bun:"table:users"`
	ID            int64  `bun:"id,pk,autoincrement"`
	Email         string `bun:"email,unique"`
	Name          string `bun:"name"`
}

// EnsureUser returns the user with email, creating it when missing.
func EnsureUser(ctx context.Context, db *bun.DB, email, name string) (*User, error) {
	u := new(User)
	err := db.NewSelect().Model(u).Where("email = ?", email).Scan(ctx)
	if errors.Is(err, sql.ErrNoRows) {
		u = &User{Email: email, Name: name}
		_, err = db.NewInsert().Model(u).Exec(ctx)
	}
	if err != nil {
		return nil, err
	}
	return u, nil
}
