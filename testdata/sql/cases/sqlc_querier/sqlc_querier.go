// sqlc's Querier interface behind a service of the module's (convoy's
// users.Service): the service wraps the key in pgtype.Text, maps
// pgx.ErrNoRows to its own not-found error and builds a domain user
// from the row; a handler looks the user up by email through it, then
// creates the user.
package sqlc_querier

import (
	"context"
	"errors"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgtype"
	"github.com/jackc/pgx/v5/pgxpool"

	"example.com/sqlcases/cases/sqlc_querier/repo"
)

var ErrUserNotFound = errors.New("user not found")

type User struct {
	UID       string
	Email     string
	FirstName string
}

func textOf(s string) pgtype.Text { return pgtype.Text{String: s, Valid: true} }

// Service implements the users repository over sqlc.
type Service struct {
	repo repo.Querier
}

// NewService builds the service over the pool.
func NewService(pool *pgxpool.Pool) *Service {
	return &Service{repo: repo.New(pool)}
}

// FindUserByEmail returns the user of that email.
func (s *Service) FindUserByEmail(ctx context.Context, email string) (*User, error) {
	row, err := s.repo.FindUserByEmail(ctx, textOf(email))
	if err != nil {
		if errors.Is(err, pgx.ErrNoRows) {
			return nil, ErrUserNotFound
		}
		return nil, err
	}
	return &User{UID: row.ID, Email: row.Email.String, FirstName: row.FirstName}, nil
}

// CreateUser inserts the user.
func (s *Service) CreateUser(ctx context.Context, u *User) error {
	return s.repo.CreateUser(ctx, repo.CreateUserParams{ID: u.UID, Email: textOf(u.Email), FirstName: u.FirstName})
}

// Register returns the user of that email, created when missing.
func (s *Service) Register(ctx context.Context, email string) (string, error) {
	user, err := s.FindUserByEmail(ctx, email)
	if err == nil {
		return user.UID, nil
	}
	if !errors.Is(err, ErrUserNotFound) {
		return "", err
	}
	u := &User{UID: "u-" + email, Email: email, FirstName: "new"}
	if err := s.CreateUser(ctx, u); err != nil {
		return "", err
	}
	return u.UID, nil
}
