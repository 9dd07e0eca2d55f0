// bun lookups written as raw SQL (NewRaw(...).Scan(ctx, &u)) and with
// ScanAndCount, then inserts with NewInsert.
package raw_select

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

// SignIn returns the user with email, creating it.
func SignIn(ctx context.Context, db *bun.DB, email, name string) (*User, error) {
	var u User
	err := db.NewRaw("SELECT id, email, name FROM users WHERE email = ?", email).Scan(ctx, &u)
	if errors.Is(err, sql.ErrNoRows) {
		u = User{Email: email, Name: name}
		if _, err := db.NewInsert().Model(&u).Exec(ctx); err != nil {
			return nil, err
		}
		return &u, nil
	}
	if err != nil {
		return nil, err
	}
	return &u, nil
}

// Invite creates the user unless a row with the email exists.
func Invite(ctx context.Context, db *bun.DB, email string) (int, error) {
	var users []User
	n, err := db.NewSelect().Model(&users).Where("email = ?", email).ScanAndCount(ctx)
	if err != nil {
		return 0, err
	}
	if n > 0 {
		return n, nil
	}
	if _, err := db.NewInsert().Model(&User{Email: email}).Exec(ctx); err != nil {
		return 0, err
	}
	return 1, nil
}

// Names is not a lookup of User: its raw query reads another table.
func Names(ctx context.Context, db *bun.DB, email string) error {
	var u User
	if err := db.NewRaw("SELECT id, email, name FROM people WHERE email = ?", email).Scan(ctx, &u); errors.Is(err, sql.ErrNoRows) {
		_, err := db.NewInsert().Model(&User{Email: email}).Exec(ctx)
		return err
	}
	return nil
}
