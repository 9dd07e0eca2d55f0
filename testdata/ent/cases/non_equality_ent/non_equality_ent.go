package nonequalityent

import (
	"context"

	"example.com/entcases/entup"
	"example.com/entcases/entup/user"
)

func UserLike(ctx context.Context, client *entup.Client, email string) (*entup.User, error) {
	u, err := client.User.Query().Where(user.EmailContainsFold(email)).First(ctx)
	if entup.IsNotFound(err) {
		u, err = client.User.Create().SetEmail(email).Save(ctx)
	}
	return u, err
}
