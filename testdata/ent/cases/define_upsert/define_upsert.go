package defineupsert

import (
	"context"

	"example.com/entcases/entup"
	"example.com/entcases/entup/user"
)

// UserFor shadows u and err in the not-found branch.
func UserFor(ctx context.Context, client *entup.Client, email string) (*entup.User, error) {
	u, err := client.User.Query().Where(user.EmailEQ(email)).Only(ctx)
	if entup.IsNotFound(err) {
		u, err := client.User.Create().SetEmail(email).Save(ctx)
		if err != nil {
			return nil, err
		}
		return u, nil
	}
	return u, err
}
