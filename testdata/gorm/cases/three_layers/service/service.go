package service

import (
	"context"
	"errors"

	"example.com/gormcases/cases/three_layers/repository"
)

type Service struct{ Repo *repository.Repo }

// Ensure creates the user of an email no user has: fixed.
func (s *Service) Ensure(ctx context.Context, email string) error {
	_, err := s.Repo.FindByEmail(ctx, email)
	if errors.Is(err, repository.ErrUserNotFound) {
		return s.Repo.Create(ctx, email)
	}
	return err
}
