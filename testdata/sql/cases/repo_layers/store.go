// A repository over database/sql: the service calls its lookup, which
// returns the driver's sql.ErrNoRows, then its create.
package repo_layers

import (
	"context"
	"database/sql"
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
