package valuemismatch

import (
	"context"
	"errors"

	"example.com/prismacases/db"
)

// UserFor looks up the normalised email but creates the raw one: an upsert
// would not express this, so the fix catches P2002 instead.
func UserFor(ctx context.Context, client *db.PrismaClient, email, norm string) (*db.UserModel, error) {
	u, err := client.User.FindUnique(db.User.Email.Equals(norm)).Exec(ctx)
	if errors.Is(err, db.ErrNotFound) {
		u, err = client.User.CreateOne(db.User.Email.Set(email)).Exec(ctx)
	}
	return u, err
}
