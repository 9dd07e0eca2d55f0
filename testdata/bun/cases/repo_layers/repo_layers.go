// A repository over bun.IDB: the service calls its lookup (the driver's
// sql.ErrNoRows) and then its create.
package repo_layers

import (
	"context"
	"database/sql"
	"errors"

	"github.com/uptrace/bun"
)

type Customer struct {
	bun.BaseModel `bun:"table:customers"`
	ID            int64  `bun:"id,pk,autoincrement"`
	Email         string `bun:"email,unique"`
	Name          string `bun:"name"`
}

type Store struct{ db *bun.DB }

// ByEmail returns the customer with email.
func (s *Store) ByEmail(ctx context.Context, email string) (*Customer, error) {
	c := new(Customer)
	if err := s.db.NewSelect().Model(c).Where("email = ?", email).Scan(ctx); err != nil {
		return nil, err
	}
	return c, nil
}

// Create inserts c.
func (s *Store) Create(ctx context.Context, c *Customer) error {
	_, err := s.db.NewInsert().Model(c).Exec(ctx)
	return err
}

// Checkout returns the customer for email, signing them up on the way.
func (s *Store) Checkout(ctx context.Context, email, name string) (*Customer, error) {
	c, err := s.ByEmail(ctx, email)
	if errors.Is(err, sql.ErrNoRows) {
		c = &Customer{Email: email, Name: name}
		if err := s.Create(ctx, c); err != nil {
			return nil, err
		}
		return c, nil
	}
	return c, err
}
