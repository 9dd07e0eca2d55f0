package handlers

import (
	"errors"

	"example.com/realworld/authelia/internal/middlewares"
	"example.com/realworld/authelia/internal/regulation"
)

type bodyFirstFactorRequest struct {
	Username string `json:"username"`
	Password string `json:"password"`
}

// UserProvider stands in for upstream authentication.UserProvider.
type UserProvider interface {
	GetDetails(username string) (details *UserDetails, err error)
	CheckUserPassword(username string, password string) (valid bool, err error)
}

// UserDetails stands in for upstream authentication.UserDetails.
type UserDetails struct {
	Username string
}

// FirstFactorPasswordPOST is the handler performing the first factor authentication.
// upstream internal/handlers/handler_firstfactor_password.go:16 (POST /api/firstfactor; the delayer,
// session regeneration and redirection trimmed; upstream reads the user provider from ctx.Providers)
func FirstFactorPasswordPOST(users UserProvider) middlewares.RequestHandler {
	return func(ctx *middlewares.AutheliaCtx) {
		bodyJSON := bodyFirstFactorRequest{}

		var (
			details *UserDetails
			err     error
		)
		if err = ctx.ParseBody(&bodyJSON); err != nil {
			respondUnauthorized(ctx, messageAuthenticationFailed)

			return
		}

		if details, err = users.GetDetails(bodyJSON.Username); err != nil || details == nil {
			doMarkAuthenticationAttempt(ctx, false, regulation.NewBan(regulation.BanTypeUnknown, "", nil), regulation.AuthType1FA, err)

			respondUnauthorized(ctx, messageAuthenticationFailed)

			return
		}

		if ban, _, expires, err := ctx.Providers.Regulator.BanCheck(ctx, details.Username); err != nil {
			if errors.Is(err, regulation.ErrUserIsBanned) {
				doMarkAuthenticationAttempt(ctx, false, regulation.NewBan(ban, details.Username, expires), regulation.AuthType1FA, nil)

				respondUnauthorized(ctx, messageAuthenticationFailed)

				return
			}

			ctx.Logger.WithError(err).Errorf(logFmtErrRegulationFail, regulation.AuthType1FA, details.Username)

			respondUnauthorized(ctx, messageAuthenticationFailed)

			return
		}

		userPasswordOk, err := users.CheckUserPassword(details.Username, bodyJSON.Password)
		if err != nil {
			doMarkAuthenticationAttempt(ctx, false, regulation.NewBan(regulation.BanTypeNone, details.Username, nil), regulation.AuthType1FA, err)

			respondUnauthorized(ctx, messageAuthenticationFailed)

			return
		}

		if !userPasswordOk {
			doMarkAuthenticationAttempt(ctx, false, regulation.NewBan(regulation.BanTypeNone, details.Username, nil), regulation.AuthType1FA, nil)

			respondUnauthorized(ctx, messageAuthenticationFailed)

			return
		}

		doMarkAuthenticationAttempt(ctx, true, regulation.NewBan(regulation.BanTypeNone, details.Username, nil), regulation.AuthType1FA, nil)

		ctx.ReplyOK()
	}
}
