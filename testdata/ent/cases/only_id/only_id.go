package onlyid

import (
	"context"

	"example.com/entcases/entup"
	"example.com/entcases/entup/user"
)

func UserID(ctx context.Context, client *entup.Client, email string) (int, error) {
	id, err := client.User.Query().Where(user.Email(email)).OnlyID(ctx)
	if entup.IsNotFound(err) {
		u, err := client.User.Create().SetEmail(email).Save(ctx)
		if err != nil {
			return 0, err
		}
		return u.ID, nil
	}
	return id, err
}
