package savexplain

import (
	"context"

	"example.com/entcases/entplain"
	"example.com/entcases/entplain/user"
)

func UserFor(ctx context.Context, client *entplain.Client, email string) *entplain.User {
	u, err := client.User.Query().Where(user.Email(email)).Only(ctx)
	if entplain.IsNotFound(err) {
		u = client.User.Create().SetEmail(email).SaveX(ctx)
	}
	return u
}
