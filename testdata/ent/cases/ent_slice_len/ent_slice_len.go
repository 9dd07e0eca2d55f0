package entslicelen

import (
	"context"
	"errors"
	"fmt"

	"example.com/entcases/entup"
	"example.com/entcases/entup/user"
)

var ErrExists = errors.New("user already exists")

// CreateUser tests the looked-up column values with len, as crowdsec's
// CreateMachine does.
func CreateUser(ctx context.Context, client *entup.Client, email string) (*entup.User, error) {
	existing, err := client.User.Query().
		Where(user.Email(email)).
		Select(user.FieldEmail).Strings(ctx)
	if err != nil {
		return nil, fmt.Errorf("query: %w", err)
	}
	if len(existing) > 0 {
		return nil, ErrExists
	}
	return client.User.Create().SetEmail(email).Save(ctx)
}

// EnsureIDs creates when no id matched.
func EnsureIDs(ctx context.Context, client *entup.Client, email string) (int, error) {
	ids, err := client.User.Query().Where(user.Email(email)).IDs(ctx)
	if err != nil {
		return 0, err
	}
	if len(ids) == 0 {
		u, err := client.User.Create().SetEmail(email).Save(ctx)
		if err != nil {
			return 0, err
		}
		return u.ID, nil
	}
	return ids[0], nil
}

// FirstUser tests the length of something else: no finding.
func FirstUser(ctx context.Context, client *entup.Client, email string, names []string) error {
	all, err := client.User.Query().Where(user.Email(email)).All(ctx)
	if err != nil {
		return err
	}
	_ = all
	if len(names) == 0 {
		return client.User.Create().SetEmail(email).Exec(ctx)
	}
	return nil
}
