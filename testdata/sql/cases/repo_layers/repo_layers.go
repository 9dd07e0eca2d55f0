// A repository over database/sql: the service calls its lookup, which
// returns the driver's sql.ErrNoRows, then its create.
package repo_layers

import (
	"context"
	"database/sql"
	"errors"
)

type Customer struct {
	ID    int64
	Email string
	Name  string
}

type Store struct{ db *sql.DB }

// ByEmail returns the customer with email.
func (s *Store) ByEmail(ctx context.Context, email string) (*Customer, error) {
	c := &Customer{}
	err := s.db.QueryRowContext(ctx, "SELECT id, email, name FROM customers WHERE email = $1", email).Scan(&c.ID, &c.Email, &c.Name)
	if err != nil {
		return nil, err
	}
	return c, nil
}

// Create inserts c.
func (s *Store) Create(ctx context.Context, c *Customer) error {
	_, err := s.db.ExecContext(ctx, "INSERT INTO customers (email, name) VALUES ($1, $2)", c.Email, c.Name)
	return err
}

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
