package gamificationeq

import (
	"context"

	"example.com/prismacases/db"
)

func GamificationFor(ctx context.Context, client *db.PrismaClient, userID string) (*db.UserGamificationModel, error) {
	g, err := client.UserGamification.FindUnique(db.UserGamification.UserID.Equals(userID)).Exec(ctx)
	if err == db.ErrNotFound {
		return client.UserGamification.CreateOne(db.UserGamification.UserID.Set(userID)).Exec(ctx)
	}
	return g, err
}
