package txupsert

import (
	"context"

	"example.com/entcases/entup"
	"example.com/entcases/entup/user"
)

// Register runs in a transaction of its own. The client has
// sql/execquery, so the fix takes a savepoint around the insert there.
func Register(ctx context.Context, client *entup.Client, email string) (*entup.User, error) {
	tx, err := client.Tx(ctx)
	if err != nil {
		return nil, err
	}
	u, err := tx.User.Query().Where(user.Email(email)).Only(ctx)
	if entup.IsNotFound(err) {
		u, err = tx.User.Create().SetEmail(email).Save(ctx)
	}
	if err != nil {
		_ = tx.Rollback()
		return nil, err
	}
	return u, tx.Commit()
}

// Touch creates the user with Exec in a transaction, and reports
// whether it did.
func Touch(ctx context.Context, client *entup.Client, email string) (bool, error) {
	tx, err := client.Tx(ctx)
	if err != nil {
		return false, err
	}
	_, err = tx.User.Query().Where(user.Email(email)).Only(ctx)
	created := false
	if entup.IsNotFound(err) {
		err = tx.User.Create().SetEmail(email).SetName("touched").Exec(ctx)
		created = err == nil
	}
	if err != nil {
		_ = tx.Rollback()
		return false, err
	}
	return created, tx.Commit()
}
