package createdflagprisma

import (
	"context"
	"errors"

	"example.com/prismacases/db"
)

// GamificationFor reports whether this call created the record.
func GamificationFor(ctx context.Context, client *db.PrismaClient, userID string) (*db.UserGamificationModel, bool, error) {
	g, err := client.UserGamification.FindUnique(db.UserGamification.UserID.Equals(userID)).Exec(ctx)
	created := false
	if errors.Is(err, db.ErrNotFound) {
		g, err = client.UserGamification.CreateOne(db.UserGamification.UserID.Set(userID)).Exec(ctx)
		created = true
	}
	return g, created, err
}
