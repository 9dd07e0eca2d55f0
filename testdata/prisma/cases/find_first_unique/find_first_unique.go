package findfirstunique

import (
	"context"
	"errors"

	"example.com/prismacases/db"
)

func FlagByFirst(ctx context.Context, client *db.PrismaClient, key string) (*db.FeatureFlagModel, error) {
	f, err := client.FeatureFlag.FindFirst(db.FeatureFlag.Key.Equals(key)).Exec(ctx)
	if errors.Is(err, db.ErrNotFound) {
		f, err = client.FeatureFlag.CreateOne(db.FeatureFlag.Key.Set(key)).Exec(ctx)
	}
	return f, err
}
