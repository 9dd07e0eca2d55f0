package handlers

import (
	"database/sql"
	"errors"
	"fmt"

	"example.com/realworld/authelia/internal/middlewares"
	"example.com/realworld/authelia/internal/session"
	"example.com/realworld/authelia/third_party/fasthttp"
)

// UserInfoPOST handles setting up info for users if necessary when they login.
// upstream internal/handlers/handler_user_info.go:18 (POST /api/user/info; the default-method logic trimmed)
func UserInfoPOST(ctx *middlewares.AutheliaCtx) {
	var (
		userSession session.UserSession
		err         error
	)
	if userSession, err = ctx.GetSession(); err != nil {
		ctx.Logger.WithError(err).Error("Error occurred retrieving user session")

		ctx.SetStatusCode(fasthttp.StatusForbidden)
		ctx.SetJSONError(messageOperationFailed)

		return
	}

	if _, err = ctx.Providers.StorageProvider.LoadPreferred2FAMethod(ctx, userSession.Username); err != nil { // safe: the insert is an upsert (INSERT ... ON CONFLICT (username) DO UPDATE / REPLACE INTO)
		if errors.Is(err, sql.ErrNoRows) {
			if err = ctx.Providers.StorageProvider.SavePreferred2FAMethod(ctx, userSession.Username, ""); err != nil {
				ctx.Error(fmt.Errorf("unable to load user information: error occurred trying to save the users preferred 2FA method: %w", err), messageOperationFailed)
			}
		} else {
			ctx.Error(fmt.Errorf("unable to load user information: error occurred trying to lookup the users preferred 2FA method: %w", err), messageOperationFailed)
		}
	}

	// LoadUserInfo and the response body trimmed.
	ctx.ReplyOK()
}
