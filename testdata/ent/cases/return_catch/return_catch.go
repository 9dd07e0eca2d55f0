package returncatch

import (
	"context"

	"example.com/entcases/entplain"
	"example.com/entcases/entplain/user"
)

func UserFor(ctx context.Context, client *entplain.Client, email string) (*entplain.User, error) {
	u, err := client.User.Query().Where(user.Email(email)).Only(ctx)
	if entplain.IsNotFound(err) {
		return client.User.Create().SetEmail(email).Save(ctx)
	}
	return u, err
}
