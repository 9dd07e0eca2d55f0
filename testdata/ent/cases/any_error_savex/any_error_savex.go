package anyerrorsavex

import (
	"context"

	"example.com/entcases/entup"
	"example.com/entcases/entup/user"
)

// UserFor takes any error as not found and uses the panicking API.
func UserFor(ctx context.Context, client *entup.Client, email string) *entup.User {
	u, err := client.User.Query().Where(user.Email(email)).Only(ctx)
	if err != nil {
		u = client.User.Create().SetEmail(email).SaveX(ctx)
	}
	return u
}
