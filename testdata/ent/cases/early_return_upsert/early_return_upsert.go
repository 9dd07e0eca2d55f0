package earlyreturnupsert

import (
	"context"

	"example.com/entcases/entup"
	"example.com/entcases/entup/user"
)

func UserFor(ctx context.Context, client *entup.Client, email, name string) (*entup.User, error) {
	u, err := client.User.Query().Where(user.Email(email)).First(ctx)
	if err == nil {
		return u, nil
	}
	if !entup.IsNotFound(err) {
		return nil, err
	}
	return client.User.Create().SetEmail(email).SetName(name).Save(ctx)
}
