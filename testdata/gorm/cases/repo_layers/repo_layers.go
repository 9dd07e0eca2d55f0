// Package repolayers gets or creates through a repository in another
// package, and through an interface with two implementations there: the
// fix goes in the caller, around the repository's calls.
package repolayers

import (
	"context"
	"errors"
	"time"

	"gorm.io/gorm"

	"example.com/gormcases/cases/repo_layers/model"
	"example.com/gormcases/cases/repo_layers/store"
)

// Join gets or creates a member through the struct repository.
func Join(ctx context.Context, db *gorm.DB, email string) (*model.Member, error) {
	members := store.NewMembers(db)
	m, err := members.ByEmail(ctx, email)
	if errors.Is(err, gorm.ErrRecordNotFound) {
		m = &model.Member{Email: email}
		err = members.Create(ctx, m)
	}
	return m, err
}

// Open gets or creates an account through the interface, whichever
// implementation it is.
func Open(ctx context.Context, db *gorm.DB, name string) (string, error) {
	accounts := store.NewAccounts(db, time.Minute)
	a, err := accounts.ByName(ctx, name)
	if err != nil && !errors.Is(err, gorm.ErrRecordNotFound) {
		return "", err
	}
	if a != nil {
		return "found " + a.Owner, nil
	}
	a = &model.Account{Name: name, Owner: "first"}
	if err := accounts.Create(ctx, a); err != nil {
		return "", err
	}
	return "created", nil
}

// Subscribe looks up through scopes and creates through a repository
// function that builds the record from its arguments (1Panel's shape).
func Subscribe(db *gorm.DB, email string) (string, error) {
	members := store.NewMembers(db)
	m, _ := members.Get(store.WithEmail(email))
	if m.ID != 0 {
		return "already " + m.Plan, nil
	}
	if err := members.Add(email, "pro"); err != nil {
		return "", err
	}
	return "subscribed", nil
}
