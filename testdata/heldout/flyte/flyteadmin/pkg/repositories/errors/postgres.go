package errors

import (
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5/pgconn"
	"gorm.io/gorm"

	flyteAdminErrors "example.com/heldout/flyte/flyteadmin/pkg/errors"
	"example.com/heldout/flyte/pkg/grpc/codes"
)

// Postgres error codes (flyteadmin/pkg/repositories/errors/postgres.go:27).
// A unique violation (23505) of any INSERT in the repositories comes back to
// the managers as codes.AlreadyExists.
const (
	uniqueConstraintViolationCode = "23505"
	undefinedTable                = "42P01"
)

const (
	unexpectedType            = "unexpected error type for: %v"
	uniqueConstraintViolation = "value with matching already exists (%s)"
	defaultPgError            = "failed database operation with %s"
	unsupportedTableOperation = "cannot query with specified table attributes: %s"
)

type postgresErrorTransformer struct{}

func (p *postgresErrorTransformer) fromGormError(err error) flyteAdminErrors.FlyteAdminError {
	switch err.Error() {
	case gorm.ErrRecordNotFound.Error():
		return flyteAdminErrors.NewFlyteAdminErrorf(codes.NotFound, "entry not found")
	default:
		return flyteAdminErrors.NewFlyteAdminErrorf(codes.Internal, unexpectedType, err)
	}
}

func (p *postgresErrorTransformer) ToFlyteAdminError(err error) flyteAdminErrors.FlyteAdminError {
	if unwrappedErr := errors.Unwrap(err); unwrappedErr != nil {
		err = unwrappedErr
	}

	if pqError, ok := err.(*pgconn.PgError); ok {
		return p.flyteAdminErrorFromCode(pqError.Code, pqError.Message)
	}
	return p.fromGormError(err)
}

func (p *postgresErrorTransformer) flyteAdminErrorFromCode(pqErrorCode string, message string) flyteAdminErrors.FlyteAdminError {
	switch pqErrorCode {
	case uniqueConstraintViolationCode:
		return flyteAdminErrors.NewFlyteAdminErrorf(codes.AlreadyExists, uniqueConstraintViolation, message)
	case undefinedTable:
		return flyteAdminErrors.NewFlyteAdminErrorf(codes.InvalidArgument, unsupportedTableOperation, message)
	default:
		return flyteAdminErrors.NewFlyteAdminError(codes.Unknown, fmt.Sprintf(defaultPgError, message))
	}
}

func NewPostgresErrorTransformer() ErrorTransformer {
	return &postgresErrorTransformer{}
}
