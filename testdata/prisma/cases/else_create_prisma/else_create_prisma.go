package elsecreateprisma

import (
	"context"

	"example.com/prismacases/db"
)

func GamificationFor(ctx context.Context, client *db.PrismaClient, userID string) (*db.UserGamificationModel, error) {
	if g, err := client.UserGamification.FindUnique(db.UserGamification.UserID.Equals(userID)).Exec(ctx); err == nil {
		return g, nil
	} else {
		return client.UserGamification.CreateOne(db.UserGamification.UserID.Set(userID), db.UserGamification.Xp.Set(0)).Exec(ctx)
	}
}
