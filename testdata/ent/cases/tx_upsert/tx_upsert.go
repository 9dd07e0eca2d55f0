package txupsert

import (
	"context"

	"example.com/entcases/entup"
	"example.com/entcases/entup/user"
)

// Register runs in a transaction; with sql/upsert the fix is atomic there too.
func Register(ctx context.Context, client *entup.Client, email string) error {
	tx, err := client.Tx(ctx)
	if err != nil {
		return err
	}
	u, err := tx.User.Query().Where(user.Email(email)).Only(ctx)
	if entup.IsNotFound(err) {
		u, err = tx.User.Create().SetEmail(email).Save(ctx)
	}
	if err != nil {
		return tx.Rollback()
	}
	_ = u
	return tx.Commit()
}
