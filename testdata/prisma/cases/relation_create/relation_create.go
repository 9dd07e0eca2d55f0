package relationcreate

import (
	"context"
	"errors"

	"example.com/prismacases/db"
)

// ProfileFor links the new profile to its user: a nested write, which
// Prisma cannot run as a native upsert.
func ProfileFor(ctx context.Context, client *db.PrismaClient, userID, handle string) (*db.ProfileModel, error) {
	p, err := client.Profile.FindUnique(db.Profile.UserID.Equals(userID)).Exec(ctx)
	if errors.Is(err, db.ErrNotFound) {
		return client.Profile.CreateOne(
			db.Profile.Handle.Set(handle),
			db.Profile.User.Link(db.User.ID.Equals(userID)),
		).Exec(ctx)
	}
	return p, err
}
