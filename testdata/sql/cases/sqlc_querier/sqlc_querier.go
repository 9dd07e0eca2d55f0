// sqlc's Querier interface behind a service of the module's (convoy's
// users.Service): the service wraps the key in pgtype.Text, maps
// pgx.ErrNoRows to its own not-found error and builds a domain user
// from the row; a handler looks the user up by email through it, then
// creates the user.
package sqlc_querier

import (
	"context"
	"errors"
	"fmt"

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

// Logger logs; upsertfix cannot see what its implementations do.
type Logger interface {
	Error(msg string, args ...any)
}

type nopLogger struct{}

func (nopLogger) Error(string, ...any) {}

// Service implements the users repository over sqlc.
type Service struct {
	repo   repo.Querier
	logger Logger
}

// NewService builds the service over the pool.
func NewService(pool *pgxpool.Pool) *Service {
	return &Service{repo: repo.New(pool), logger: nopLogger{}}
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

var ErrMemberNotFound = errors.New("member not found")

type Member struct {
	OrgID, UserID, Role string
}

func rowToMember(row repo.FindMemberRow) (*Member, error) {
	if row.Role == "" {
		return nil, errors.New("member without a role")
	}
	return &Member{OrgID: row.OrgID, UserID: row.UserID, Role: row.Role}, nil
}

// FindMember returns the member; its row is converted, which may fail.
func (s *Service) FindMember(ctx context.Context, orgID, userID string) (*Member, error) {
	row, err := s.repo.FindMember(ctx, repo.FindMemberParams{
		OrgID:  textOf(orgID),
		UserID: textOf(userID),
	})
	if err != nil {
		if errors.Is(err, pgx.ErrNoRows) {
			return nil, ErrMemberNotFound
		}
		s.logger.Error("find member", "error", err)
		return nil, fmt.Errorf("find member: %w", err)
	}
	m, err := rowToMember(row)
	if err != nil {
		s.logger.Error("convert member", "error", err)
		return nil, fmt.Errorf("convert member: %w", err)
	}
	return m, nil
}

// Join makes the user a member of the organization, once.
func (s *Service) Join(ctx context.Context, orgID string) (string, error) {
	userID := "u-" + orgID
	m, err := s.FindMember(ctx, orgID, userID)
	if err == nil {
		return m.Role, nil
	}
	if !errors.Is(err, ErrMemberNotFound) {
		return "", err
	}
	if err := s.repo.CreateMember(ctx, repo.CreateMemberParams{OrgID: textOf(orgID), UserID: textOf(userID), Role: "member"}); err != nil {
		return "", err
	}
	return "member", nil
}

// MemberExists reports whether the user is a member.
func (s *Service) MemberExists(ctx context.Context, orgID, userID string) (bool, error) {
	exists, err := s.repo.MemberExists(ctx, repo.MemberExistsParams{
		OrgID:  textOf(orgID),
		UserID: textOf(userID),
	})
	if err != nil {
		return false, fmt.Errorf("member exists: %w", err)
	}
	return exists, nil
}

// Invite adds the user as a guest unless already a member.
func (s *Service) Invite(ctx context.Context, orgID string) (string, error) {
	userID := "g-" + orgID
	exists, err := s.MemberExists(ctx, orgID, userID)
	if err != nil {
		return "", err
	}
	if exists {
		return "already", nil
	}
	if err := s.repo.CreateMember(ctx, repo.CreateMemberParams{OrgID: textOf(orgID), UserID: textOf(userID), Role: "guest"}); err != nil {
		return "", err
	}
	return "invited", nil
}

// ServiceError carries the failure.
type ServiceError struct {
	Msg string
	Err error
}

func (e *ServiceError) Error() string { return e.Msg }

// CountOwners counts the organization's owners.
func (s *Service) CountOwners(ctx context.Context, orgID string) (int64, error) {
	count, err := s.repo.CountOwners(ctx, textOf(orgID))
	if err != nil {
		return 0, &ServiceError{Msg: "count owners", Err: err}
	}
	return count, nil
}

// Claim makes the user the owner when the organization has none: no
// unique key on the owner, so reported without a fix.
func (s *Service) Claim(ctx context.Context, orgID, userID string) error {
	n, err := s.CountOwners(ctx, orgID)
	if err != nil {
		return err
	}
	if n > 0 {
		return errors.New("already owned")
	}
	return s.repo.CreateMember(ctx, repo.CreateMemberParams{OrgID: textOf(orgID), UserID: textOf(userID), Role: "owner"})
}

// JoinAsViewer compares the error's text with the sentinel's (convoy's
// handlers): other failures still return.
func (s *Service) JoinAsViewer(ctx context.Context, orgID string) (string, error) {
	userID := "v-" + orgID
	m, err := s.FindMember(ctx, orgID, userID)
	if err != nil && err.Error() != ErrMemberNotFound.Error() {
		return "", err
	}
	if m != nil {
		return m.Role, nil
	}
	if err := s.repo.CreateMember(ctx, repo.CreateMemberParams{OrgID: textOf(orgID), UserID: textOf(userID), Role: "viewer"}); err != nil {
		return "", err
	}
	return "viewer", nil
}

// FindMemberLogged logs before it knows the row is missing: the log runs
// on the not-found path too, which a retry would run again.
func (s *Service) FindMemberLogged(ctx context.Context, orgID, userID string) (*Member, error) {
	row, err := s.repo.FindMember(ctx, repo.FindMemberParams{OrgID: textOf(orgID), UserID: textOf(userID)})
	if err != nil {
		s.logger.Error("find member", "error", err)
		if errors.Is(err, pgx.ErrNoRows) {
			return nil, ErrMemberNotFound
		}
		return nil, err
	}
	return &Member{OrgID: row.OrgID, UserID: row.UserID, Role: row.Role}, nil
}

// JoinLogged is reported, not fixed: its lookup logs on the not-found
// path.
func (s *Service) JoinLogged(ctx context.Context, orgID string) (string, error) {
	userID := "l-" + orgID
	m, err := s.FindMemberLogged(ctx, orgID, userID)
	if err == nil {
		return m.Role, nil
	}
	if !errors.Is(err, ErrMemberNotFound) {
		return "", err
	}
	if err := s.repo.CreateMember(ctx, repo.CreateMemberParams{OrgID: textOf(orgID), UserID: textOf(userID), Role: "logged"}); err != nil {
		return "", err
	}
	return "logged", nil
}
