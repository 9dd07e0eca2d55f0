// Class 2: the found path updates the row; the loser of the race does too.
package ent_found_update

import (
	"context"

	"example.com/entcases/entplain"
	"example.com/entcases/entplain/user"
)

func Rename(ctx context.Context, client *entplain.Client, email, name string) (*entplain.User, error) {
	u, err := client.User.Query().Where(user.Email(email)).Only(ctx)
	switch {
	case err == nil:
		return u.Update().SetName(name).Save(ctx)
	case entplain.IsNotFound(err):
		return client.User.Create().SetEmail(email).SetName(name).Save(ctx)
	}
	return nil, err
}
