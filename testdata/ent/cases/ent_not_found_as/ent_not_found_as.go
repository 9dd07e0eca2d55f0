// errors.As with the generated *NotFoundError is a not-found test.
package ent_not_found_as

import (
	"context"
	"errors"

	"example.com/entcases/entplain"
	"example.com/entcases/entplain/user"
)

func UserFor(ctx context.Context, client *entplain.Client, email string) (*entplain.User, error) {
	u, err := client.User.Query().Where(user.Email(email)).Only(ctx)
	var nf *entplain.NotFoundError
	if errors.As(err, &nf) {
		u, err = client.User.Create().SetEmail(email).Save(ctx)
	}
	return u, err
}
