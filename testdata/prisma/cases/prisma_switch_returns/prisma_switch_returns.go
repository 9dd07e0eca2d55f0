// Class 10: the found arm of a switch returns the row.
package prisma_switch_returns

import (
	"context"

	"example.com/prismacases/db"
)

func FlagFor(ctx context.Context, client *db.PrismaClient, key string) (*db.FeatureFlagModel, error) {
	f, err := client.FeatureFlag.FindUnique(db.FeatureFlag.Key.Equals(key)).Exec(ctx)
	switch {
	case err == nil:
		return f, nil
	case db.IsErrNotFound(err):
		return client.FeatureFlag.CreateOne(db.FeatureFlag.Key.Set(key)).Exec(ctx)
	default:
		return nil, err
	}
}
