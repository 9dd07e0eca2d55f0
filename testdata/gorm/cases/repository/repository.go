// Package repository gets or creates through a repository: the race is the
// same, but the fix belongs in the repository, so it is reported only.
package repository

import (
	"context"
	"errors"

	"gorm.io/gorm"

	"example.com/gormcases/cases/repository/repo"
)

type Service struct{ users *repo.Users }

func (s *Service) SignIn(ctx context.Context, email string) (*repo.User, error) {
	u, err := s.users.ByEmail(ctx, email)
	if errors.Is(err, gorm.ErrRecordNotFound) {
		u = &repo.User{Email: email}
		err = s.users.Create(ctx, u)
	}
	return u, err
}

// Register uses the atomic insert: not a finding.
func (s *Service) Register(ctx context.Context, email string) (*repo.User, error) {
	u, err := s.users.ByEmail(ctx, email)
	if errors.Is(err, gorm.ErrRecordNotFound) {
		u = &repo.User{Email: email}
		err = s.users.Insert(ctx, u)
	}
	return u, err
}

// Wrapped finds through a %w-wrapping lookup: the same race.
func (s *Service) Wrapped(ctx context.Context, email string) (*repo.User, error) {
	u, err := s.users.Find(ctx, email)
	if errors.Is(err, gorm.ErrRecordNotFound) {
		u = &repo.User{Email: email}
		err = s.users.Create(ctx, u)
	}
	return u, err
}

// Hidden finds through a %v-wrapping lookup, whose errors.Is can never be
// true: not reported.
func (s *Service) Hidden(ctx context.Context, email string) (*repo.User, error) {
	u, err := s.users.Lookup(ctx, email)
	if errors.Is(err, gorm.ErrRecordNotFound) {
		u = &repo.User{Email: email}
		err = s.users.Create(ctx, u)
	}
	return u, err
}
