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

// UserNotBlocked pins the unique email and narrows by another predicate:
// the equality still makes the key (at most one row matches), so it is
// fixed; on the way back a row the filter hides is not found, and the
// insert's error is returned, as before.
func UserNotBlocked(ctx context.Context, client *entup.Client, email string) (*entup.User, error) {
	u, err := client.User.Query().Where(user.EmailEQ(email), user.NameNEQ("blocked")).Only(ctx)
	if entup.IsNotFound(err) {
		u, err = client.User.Create().SetEmail(email).Save(ctx)
	}
	return u, err
}
