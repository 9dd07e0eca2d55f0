// Class 5, report-only: client.User.Use registers hooks, which would run
// in the create of the caller that loses the race.
package ent_use_hooks

import (
	"context"

	"example.com/entcases/entplain"
	"example.com/entcases/entplain/user"
)

func Setup(client *entplain.Client, h func(entplain.Mutator) entplain.Mutator) {
	client.User.Use(h)
}

func UserFor(ctx context.Context, client *entplain.Client, email string) (*entplain.User, error) {
	u, err := client.User.Query().Where(user.Email(email)).Only(ctx)
	if entplain.IsNotFound(err) {
		u, err = client.User.Create().SetEmail(email).Save(ctx)
	}
	return u, err
}
