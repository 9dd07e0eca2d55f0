package users

import (
	"errors"

	"github.com/jackc/pgx/v5"

	"example.com/realworld/hatchet/api/v1/server/oas/apierrors"
	"example.com/realworld/hatchet/api/v1/server/oas/gen"
	v1 "example.com/realworld/hatchet/pkg/repository"
	"example.com/realworld/hatchet/third_party/echo"
)

// UserCreate is api/v1/server/handlers/users/create.go:18 (POST
// /api/v1/users/register). The email lookup is at :45, the insert at :85
// (UserRepository.CreateUser, pkg/repository/user.go:164). Password hashing,
// the restricted-email check, the session and analytics are trimmed.
func (u *UserService) UserCreate(ctx echo.Context, request gen.UserCreateRequestObject) (gen.UserCreateResponseObject, error) {
	// check that the server supports local registration
	if !u.config.Auth.ConfigFile.BasicAuthEnabled {
		return gen.UserCreate405JSONResponse(
			apierrors.NewAPIErrors("local registration is not enabled"),
		), nil
	}

	if !u.config.Runtime.AllowSignup {
		return gen.UserCreate400JSONResponse(
			apierrors.NewAPIErrors("user signups are disabled"),
		), nil
	}

	// determine if the user exists before attempting to write the user
	_, err := u.config.V1.User().GetUserByEmail(ctx.Request().Context(), string(request.Body.Email)) // race

	if err != nil && !errors.Is(err, pgx.ErrNoRows) {
		u.config.Logger.Err(err).Msg("failed to get user by email")
		return gen.UserCreate400JSONResponse(
			apierrors.NewAPIErrors(ErrRegistrationFailed),
		), nil
	}

	if err == nil {
		// user already exists, return consistent error
		return gen.UserCreate400JSONResponse(
			apierrors.NewAPIErrors(ErrRegistrationFailed),
		), nil
	}

	hashedPw := v1.StringPtr(request.Body.Password)

	createOpts := &v1.CreateUserOpts{
		Email:         string(request.Body.Email),
		EmailVerified: v1.BoolPtr(u.config.Auth.ConfigFile.SetEmailVerified),
		Name:          v1.StringPtr(request.Body.Name),
		Password:      hashedPw,
	}

	// write the user to the db
	user, err := u.config.V1.User().CreateUser(ctx.Request().Context(), createOpts)
	if err != nil {
		u.config.Logger.Err(err).Msg("failed to create user")
		return gen.UserCreate400JSONResponse(
			apierrors.NewAPIErrors(ErrRegistrationFailed),
		), nil
	}

	return gen.UserCreate200JSONResponse{Email: user.Email}, nil
}
