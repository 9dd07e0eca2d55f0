package createdflagent

import (
	"context"

	"example.com/entcases/entup"
	"example.com/entcases/entup/user"
)

func UserFor(ctx context.Context, client *entup.Client, email string) (*entup.User, bool, error) {
	u, err := client.User.Query().Where(user.Email(email)).Only(ctx)
	created := false
	if entup.IsNotFound(err) {
		u, err = client.User.Create().SetEmail(email).Save(ctx)
		created = true
	}
	return u, created, err
}
