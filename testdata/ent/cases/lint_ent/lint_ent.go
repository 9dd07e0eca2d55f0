// Package lintent holds ent cases with go/analysis expectations, for
// lint's RunWithSuggestedFixes test (lint/lint_test.go): diagnostics,
// facts, and the fixed file in lint_ent.go.golden.
package lintent

import (
	"context"

	"example.com/entcases/entup"
	"example.com/entcases/entup/user"
)

// Ensure is fixed.
func Ensure(ctx context.Context, client *entup.Client, email string) (*entup.User, error) { // want Ensure:"create of example.com/entcases/entup.User, checked"
	u, err := client.User.Query().Where(user.Email(email)).Only(ctx) // want `ent: entup.User \(email\): looked up then created when not found.*fix: create, and on a unique violation`
	if entup.IsNotFound(err) {
		u, err = client.User.Create().SetEmail(email).Save(ctx)
	}
	return u, err
}

type Users struct{ client *entup.Client }

func (r *Users) ByEmail(ctx context.Context, email string) (*entup.User, error) { // want ByEmail:"lookup of example.com/entcases/entup.User"
	return r.client.User.Query().Where(user.Email(email)).Only(ctx)
}

func (r *Users) Add(ctx context.Context, email string) (*entup.User, error) { // want Add:"create of example.com/entcases/entup.User"
	return r.client.User.Create().SetEmail(email).Save(ctx)
}

// Signup goes through the repository: fixed in the caller.
func Signup(ctx context.Context, r *Users, email string) (*entup.User, error) { // want Signup:"create of example.com/entcases/entup.User, checked"
	u, err := r.ByEmail(ctx, email) // want `fix: run lintent.Users.Add once, and after a failed insert go back to the lookup once`
	if entup.IsNotFound(err) {
		return r.Add(ctx, email)
	}
	return u, err
}
