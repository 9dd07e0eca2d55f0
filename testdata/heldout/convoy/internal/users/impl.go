package users

import (
	"context"
	"errors"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgtype"

	"example.com/heldout/convoy/database"
	"example.com/heldout/convoy/datastore"
	"example.com/heldout/convoy/internal/common"
	"example.com/heldout/convoy/internal/users/repo"
	log "example.com/heldout/convoy/pkg/logger"
	"github.com/jackc/pgx/v5/pgxpool"
)

// Service implements the UserRepository using SQLc-generated queries
type Service struct {
	logger log.Logger
	repo   repo.Querier
	db     *pgxpool.Pool
}

// Ensure Service implements datastore.UserRepository at compile time
var _ datastore.UserRepository = (*Service)(nil)

// New creates a new User Service
func New(logger log.Logger, db database.Database) *Service {
	return &Service{
		logger: logger,
		repo:   repo.New(db.GetConn()),
		db:     db.GetConn(),
	}
}

func (s *Service) CreateUser(ctx context.Context, user *datastore.User) error {
	params := userToCreateParams(user)

	err := s.repo.CreateUser(ctx, params)
	if err != nil {
		if strings.Contains(err.Error(), "duplicate") || strings.Contains(err.Error(), "unique constraint") {
			return datastore.ErrDuplicateEmail
		}
		s.logger.Error("failed to create user", "error", err)
		return err
	}

	return nil
}

func (s *Service) FindUserByEmail(ctx context.Context, email string) (*datastore.User, error) {
	row, err := s.repo.FindUserByEmail(ctx, common.StringToPgText(email))
	if err != nil {
		if errors.Is(err, pgx.ErrNoRows) {
			return nil, datastore.ErrUserNotFound
		}
		s.logger.Error("failed to find user by email", "error", err)
		return nil, err
	}

	return rowToUserFromFindByEmail(row), nil
}

func (s *Service) CountUsers(ctx context.Context) (int64, error) {
	count, err := s.repo.CountUsers(ctx)
	if err != nil {
		s.logger.Error("failed to count users", "error", err)
		return 0, err
	}

	return count.Int64, nil
}

func userToCreateParams(user *datastore.User) repo.CreateUserParams {
	return repo.CreateUserParams{
		ID:                         common.StringToPgText(user.UID),
		FirstName:                  common.StringToPgText(user.FirstName),
		LastName:                   common.StringToPgText(user.LastName),
		Email:                      common.StringToPgText(user.Email),
		Password:                   common.StringToPgText(user.Password),
		EmailVerified:              pgtype.Bool{Bool: user.EmailVerified, Valid: true},
		ResetPasswordToken:         common.StringToPgTextNullable(user.ResetPasswordToken),
		EmailVerificationToken:     common.StringToPgTextNullable(user.EmailVerificationToken),
		ResetPasswordExpiresAt:     common.TimeToPgTimestamptz(user.ResetPasswordExpiresAt),
		EmailVerificationExpiresAt: common.TimeToPgTimestamptz(user.EmailVerificationExpiresAt),
		AuthType:                   common.StringToPgText(user.AuthType),
	}
}

// rowToUserFromFindByEmail converts repo.FindUserByEmailRow to datastore.User
func rowToUserFromFindByEmail(row repo.FindUserByEmailRow) *datastore.User {
	return &datastore.User{
		UID:                        row.ID,
		FirstName:                  row.FirstName,
		LastName:                   row.LastName,
		Email:                      row.Email,
		Password:                   row.Password,
		EmailVerified:              row.EmailVerified,
		ResetPasswordToken:         common.PgTextToString(row.ResetPasswordToken),
		EmailVerificationToken:     common.PgTextToString(row.EmailVerificationToken),
		CreatedAt:                  common.PgTimestamptzToTime(row.CreatedAt),
		UpdatedAt:                  common.PgTimestamptzToTime(row.UpdatedAt),
		DeletedAt:                  common.PgTimestamptzToNullTime(row.DeletedAt),
		ResetPasswordExpiresAt:     common.PgTimestamptzToTime(row.ResetPasswordExpiresAt),
		EmailVerificationExpiresAt: common.PgTimestamptzToTime(row.EmailVerificationExpiresAt),
		AuthType:                   row.AuthType,
	}
}
