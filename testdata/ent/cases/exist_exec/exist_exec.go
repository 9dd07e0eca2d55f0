package existexec

import (
	"context"

	"example.com/entcases/entup"
	"example.com/entcases/entup/user"
)

// Ensure makes sure a user with this email exists.
func Ensure(ctx context.Context, client *entup.Client, email string) error {
	ok, err := client.User.Query().Where(user.Email(email)).Exist(ctx)
	if err != nil {
		return err
	}
	if !ok {
		return client.User.Create().SetEmail(email).Exec(ctx)
	}
	return nil
}
