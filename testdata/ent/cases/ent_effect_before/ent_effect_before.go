// Report-only: an effect on the not-found path before the create.
package ent_effect_before

import (
	"context"

	"example.com/entcases/entplain"
	"example.com/entcases/entplain/user"
)

var audit []string

func UserFor(ctx context.Context, client *entplain.Client, email string) (*entplain.User, error) {
	u, err := client.User.Query().Where(user.Email(email)).Only(ctx)
	if entplain.IsNotFound(err) {
		audit = append(audit, "new user "+email)
		u, err = client.User.Create().SetEmail(email).Save(ctx)
	}
	return u, err
}
