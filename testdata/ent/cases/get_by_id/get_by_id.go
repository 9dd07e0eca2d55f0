package getbyid

import (
	"context"

	"example.com/entcases/entup"
)

// UserByID creates a user with a fresh id when the id is unknown: the new
// row never carries the looked-up id, so no insert-on-conflict could help.
func UserByID(ctx context.Context, client *entup.Client, id int, email string) (*entup.User, error) {
	u, err := client.User.Get(ctx, id)
	if entup.IsNotFound(err) {
		u, err = client.User.Create().SetEmail(email).Save(ctx)
	}
	return u, err
}
