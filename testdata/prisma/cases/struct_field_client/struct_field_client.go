package structfieldclient

import (
	"context"

	"example.com/prismacases/db"
)

type Flags struct{ client *db.PrismaClient }

func (f *Flags) Get(ctx context.Context, key string) (*db.FeatureFlagModel, error) {
	flag, err := f.client.FeatureFlag.FindUnique(db.FeatureFlag.Key.Equals(key)).Exec(ctx)
	if db.IsErrNotFound(err) {
		flag, err = f.client.FeatureFlag.CreateOne(db.FeatureFlag.Key.Set(key)).Exec(ctx)
	}
	return flag, err
}
