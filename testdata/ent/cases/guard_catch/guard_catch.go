package guardcatch

import (
	"context"

	"example.com/entcases/entplain"
	"example.com/entcases/entplain/user"
)

// UserFor returns the user with this email, creating it on first sight.
func UserFor(ctx context.Context, client *entplain.Client, email string) (*entplain.User, error) {
	u, err := client.User.Query().Where(user.Email(email)).Only(ctx)
	if entplain.IsNotFound(err) {
		// first sign-in
		u, err = client.User.Create().SetEmail(email).Save(ctx)
	}
	return u, err
}
