package repo_layers

import (
	"context"
	"database/sql"
	"errors"
)

type Service struct{ store *Store }

// Checkout returns the customer for email, signing them up on the way.
func (s *Service) Checkout(ctx context.Context, email, name string) (*Customer, error) {
	c, err := s.store.ByEmail(ctx, email)
	if errors.Is(err, sql.ErrNoRows) {
		c = &Customer{Email: email, Name: name}
		if err := s.store.Create(ctx, c); err != nil {
			return nil, err
		}
		return c, nil
	}
	return c, err
}
