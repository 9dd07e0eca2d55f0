package txplain

import (
	"context"

	"example.com/entcases/entplain"
	"example.com/entcases/entplain/user"
)

// Register runs in a transaction: without sql/upsert there is no safe fix.
func Register(ctx context.Context, tx *entplain.Tx, email string) (*entplain.User, error) {
	u, err := tx.User.Query().Where(user.Email(email)).Only(ctx)
	if entplain.IsNotFound(err) {
		u, err = tx.User.Create().SetEmail(email).Save(ctx)
	}
	return u, err
}
