// Class 2: the found path updates the flag; the loser of the race does too.
package prisma_found_update

import (
	"context"

	"example.com/prismacases/db"
)

func Enable(ctx context.Context, client *db.PrismaClient, key string) (*db.FeatureFlagModel, error) {
	f, err := client.FeatureFlag.FindUnique(db.FeatureFlag.Key.Equals(key)).Exec(ctx)
	if err == nil {
		return client.FeatureFlag.FindUnique(db.FeatureFlag.Key.Equals(key)).Update(db.FeatureFlag.Enabled.Set(true)).Exec(ctx)
	}
	if !db.IsErrNotFound(err) {
		return nil, err
	}
	_ = f
	return client.FeatureFlag.CreateOne(db.FeatureFlag.Key.Set(key), db.FeatureFlag.Enabled.Set(true)).Exec(ctx)
}
