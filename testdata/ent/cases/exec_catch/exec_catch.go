package execcatch

import (
	"context"

	"example.com/entcases/entplain"
	"example.com/entcases/entplain/user"
)

func Ensure(ctx context.Context, client *entplain.Client, email string) error {
	_, err := client.User.Query().Where(user.Email(email)).OnlyID(ctx)
	if entplain.IsNotFound(err) {
		err = client.User.Create().SetEmail(email).Exec(ctx)
	}
	return err
}
