package updatedat

import (
	"context"
	"errors"

	"example.com/prismacases/db"
)

// StreakFor: the model has an @updatedAt field, which even a no-op update
// bumps, so the fix catches P2002 instead of upserting.
func StreakFor(ctx context.Context, client *db.PrismaClient, userID string) (*db.StreakModel, error) {
	s, err := client.Streak.FindUnique(db.Streak.UserID.Equals(userID)).Exec(ctx)
	if errors.Is(err, db.ErrNotFound) {
		s, err = client.Streak.CreateOne(db.Streak.UserID.Set(userID)).Exec(ctx)
	}
	return s, err
}
