package ignoreprisma

import (
	"context"
	"errors"

	"example.com/prismacases/db"
)

// Seed runs once, before the server starts.
//
//upsertfix:ignore single writer: runs in the deploy job before traffic
func Seed(ctx context.Context, client *db.PrismaClient, key string) error {
	_, err := client.FeatureFlag.FindUnique(db.FeatureFlag.Key.Equals(key)).Exec(ctx)
	if errors.Is(err, db.ErrNotFound) {
		_, err = client.FeatureFlag.CreateOne(db.FeatureFlag.Key.Set(key)).Exec(ctx)
	}
	return err
}
