package guardupsert

import (
	"context"

	"example.com/entcases/entup"
	"example.com/entcases/entup/user"
)

// UserFor returns the user with this email, creating it on first sight.
func UserFor(ctx context.Context, client *entup.Client, email string) (*entup.User, error) {
	u, err := client.User.Query().Where(user.Email(email)).Only(ctx)
	if entup.IsNotFound(err) {
		// first sign-in
		u, err = client.User.Create().SetEmail(email).SetName("new").Save(ctx)
	}
	return u, err
}
