package anyerrorprisma

import (
	"context"

	"example.com/prismacases/db"
)

func FlagOn(ctx context.Context, client *db.PrismaClient, key string) bool {
	f, err := client.FeatureFlag.FindUnique(db.FeatureFlag.Key.Equals(key)).Exec(ctx)
	if err != nil {
		f, err = client.FeatureFlag.CreateOne(db.FeatureFlag.Key.Set(key)).Exec(ctx)
		if err != nil {
			return false
		}
	}
	return f.Enabled
}
