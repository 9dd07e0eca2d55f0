package featureflagswitch

import (
	"context"
	"errors"

	"example.com/prismacases/db"
)

func Flag(ctx context.Context, client *db.PrismaClient, key string) (bool, error) {
	f, err := client.FeatureFlag.FindUnique(db.FeatureFlag.Key.Equals(key)).Exec(ctx)
	switch {
	case err == nil:
		return f.Enabled, nil
	case errors.Is(err, db.ErrNotFound):
		f, err = client.FeatureFlag.CreateOne(db.FeatureFlag.Key.Set(key), db.FeatureFlag.Enabled.Set(false)).Exec(ctx)
		if err != nil {
			return false, err
		}
		return f.Enabled, nil
	default:
		return false, err
	}
}
