package negativesent

import (
	"context"
	"errors"

	"example.com/entcases/entup"
	"example.com/entcases/entup/tag"
	"example.com/entcases/entup/user"
)

// update instead of create.
func Rename(ctx context.Context, client *entup.Client, email string) error {
	_, err := client.User.Query().Where(user.Email(email)).Only(ctx)
	if entup.IsNotFound(err) {
		return client.User.Update().Where(user.Email(email)).SetName("x").Exec(ctx)
	}
	return err
}

// another entity.
func Other(ctx context.Context, client *entup.Client, email string) error {
	_, err := client.User.Query().Where(user.Email(email)).Only(ctx)
	if entup.IsNotFound(err) {
		return client.Tag.Create().SetName(email).SetSlug(email).Exec(ctx)
	}
	return err
}

// already an upsert.
func Upsert(ctx context.Context, client *entup.Client, email string) error {
	_, err := client.User.Query().Where(user.Email(email)).Only(ctx)
	if entup.IsNotFound(err) {
		return client.User.Create().SetEmail(email).OnConflictColumns(user.FieldEmail).Ignore().Exec(ctx)
	}
	return err
}

// create, catch the constraint error, re-read.
func Catch(ctx context.Context, client *entup.Client, email string) (*entup.User, error) {
	u, err := client.User.Query().Where(user.Email(email)).Only(ctx)
	if entup.IsNotFound(err) {
		u, err = client.User.Create().SetEmail(email).Save(ctx)
		if entup.IsConstraintError(err) {
			u, err = client.User.Query().Where(user.Email(email)).Only(ctx)
		}
	}
	return u, err
}

// not found is an error.
func Must(ctx context.Context, client *entup.Client, email string) (*entup.User, error) {
	u, err := client.User.Query().Where(user.Email(email)).Only(ctx)
	if entup.IsNotFound(err) {
		return nil, errors.New("no such user")
	}
	return u, err
}

var _ = tag.Name
