package negativesprisma

import (
	"context"
	"errors"

	"example.com/prismacases/db"
)

// update instead of create.
func Enable(ctx context.Context, client *db.PrismaClient, key string) error {
	_, err := client.FeatureFlag.FindUnique(db.FeatureFlag.Key.Equals(key)).Exec(ctx)
	if errors.Is(err, db.ErrNotFound) {
		_, err = client.FeatureFlag.FindUnique(db.FeatureFlag.Key.Equals(key)).Update(db.FeatureFlag.Enabled.Set(true)).Exec(ctx)
	}
	return err
}

// another model.
func Other(ctx context.Context, client *db.PrismaClient, key string) error {
	_, err := client.FeatureFlag.FindUnique(db.FeatureFlag.Key.Equals(key)).Exec(ctx)
	if errors.Is(err, db.ErrNotFound) {
		_, err = client.InviteRequest.CreateOne(db.InviteRequest.Email.Set(key)).Exec(ctx)
	}
	return err
}

// already an upsert.
func Upsert(ctx context.Context, client *db.PrismaClient, key string) error {
	_, err := client.FeatureFlag.FindUnique(db.FeatureFlag.Key.Equals(key)).Exec(ctx)
	if errors.Is(err, db.ErrNotFound) {
		_, err = client.FeatureFlag.UpsertOne(db.FeatureFlag.Key.Equals(key)).
			Create(db.FeatureFlag.Key.Set(key)).
			Update(db.FeatureFlag.Key.Set(key)).
			Exec(ctx)
	}
	return err
}

// create, catch P2002, re-read.
func Catch(ctx context.Context, client *db.PrismaClient, key string) (*db.FeatureFlagModel, error) {
	f, err := client.FeatureFlag.FindUnique(db.FeatureFlag.Key.Equals(key)).Exec(ctx)
	if errors.Is(err, db.ErrNotFound) {
		f, err = client.FeatureFlag.CreateOne(db.FeatureFlag.Key.Set(key)).Exec(ctx)
		if _, ok := db.IsErrUniqueConstraint(err); ok {
			f, err = client.FeatureFlag.FindUnique(db.FeatureFlag.Key.Equals(key)).Exec(ctx)
		}
	}
	return f, err
}

// not found is an error.
func Must(ctx context.Context, client *db.PrismaClient, key string) (*db.FeatureFlagModel, error) {
	f, err := client.FeatureFlag.FindUnique(db.FeatureFlag.Key.Equals(key)).Exec(ctx)
	if errors.Is(err, db.ErrNotFound) {
		return nil, errors.New("unknown flag")
	}
	return f, err
}
