package handlers

import (
	"example.com/realworld/authelia/internal/middlewares"
	"example.com/realworld/authelia/internal/session"
	"example.com/realworld/authelia/third_party/fasthttp"
)

// TOTPConfigurationDELETE deletes the users current TOTP configuration.
// upstream internal/handlers/handler_register_totp.go:307 (DELETE /api/secondfactor/totp)
func TOTPConfigurationDELETE(ctx *middlewares.AutheliaCtx) {
	var (
		userSession session.UserSession
		err         error
	)
	if userSession, err = ctx.GetSession(); err != nil {
		ctx.SetStatusCode(fasthttp.StatusForbidden)
		ctx.SetJSONError(messageUnableToDeleteOneTimePassword)

		return
	}

	if userSession.IsAnonymous() {
		ctx.SetStatusCode(fasthttp.StatusForbidden)
		ctx.SetJSONError(messageUnableToDeleteOneTimePassword)

		return
	}

	if _, err = ctx.Providers.StorageProvider.LoadTOTPConfiguration(ctx, userSession.Username); err != nil { // safe: lookup guards a delete; not found is an error
		ctx.Logger.WithError(err).Errorf("Error occurred deleting a TOTP configuration for user '%s': error occurred loading configuration from the storage backend", userSession.Username)

		ctx.SetStatusCode(fasthttp.StatusForbidden)
		ctx.SetJSONError(messageUnableToDeleteOneTimePassword)

		return
	}

	if err = ctx.Providers.StorageProvider.DeleteTOTPConfiguration(ctx, userSession.Username); err != nil {
		ctx.Logger.WithError(err).Errorf("Error occurred deleting a TOTP configuration for user '%s': error occurred deleting configuration from the storage backend", userSession.Username)

		ctx.SetStatusCode(fasthttp.StatusForbidden)
		ctx.SetJSONError(messageUnableToDeleteOneTimePassword)

		return
	}

	ctx.ReplyOK()
}
