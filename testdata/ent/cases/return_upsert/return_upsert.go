package returnupsert

import (
	"context"

	"example.com/entcases/entup"
	"example.com/entcases/entup/user"
)

func UserFor(ctx context.Context, client *entup.Client, email string) (*entup.User, error) {
	u, err := client.User.Query().Where(user.Email(email)).Only(ctx)
	if entup.IsNotFound(err) {
		return client.User.Create().SetEmail(email).Save(ctx)
	}
	return u, err
}
