package handlers

import (
	"crypto/subtle"
	"fmt"
	"strings"
	"time"

	"example.com/realworld/authelia/internal/middlewares"
	"example.com/realworld/authelia/internal/model"
	"example.com/realworld/authelia/internal/session"
	"example.com/realworld/authelia/third_party/fasthttp"
)

type bodySessionElevationPUT struct {
	OneTimeCode string `json:"otc"`
}

const elevationLifespan = 10 * time.Minute

// UserSessionElevationPUT validates the One-Time Code of a session elevation and elevates the session.
// upstream internal/handlers/handler_session_elevation.go:226 (PUT /api/user/session/elevation)
func UserSessionElevationPUT(ctx *middlewares.AutheliaCtx) {
	var (
		userSession session.UserSession
		bodyJSON    bodySessionElevationPUT
		code        *model.OneTimeCode
		err         error
	)

	if userSession, err = ctx.GetSession(); err != nil {
		ctx.SetJSONError(messageOperationFailed)
		ctx.SetStatusCode(fasthttp.StatusForbidden)

		return
	}

	if userSession.IsAnonymous() {
		ctx.SetJSONError(messageOperationFailed)
		ctx.SetStatusCode(fasthttp.StatusForbidden)

		return
	}

	if err = ctx.ParseBody(&bodyJSON); err != nil {
		ctx.SetStatusCode(fasthttp.StatusBadRequest)
		ctx.SetJSONError(messageOperationFailed)

		return
	}

	bodyJSON.OneTimeCode = strings.TrimSpace(strings.ToUpper(bodyJSON.OneTimeCode))

	if code, err = ctx.Providers.StorageProvider.LoadOneTimeCode(ctx, userSession.Username, model.NewIP(ctx.RemoteIP()), model.OTCIntentUserSessionElevation, bodyJSON.OneTimeCode); err != nil { // safe: lookup guards an UPDATE that consumes the code (WHERE consumed IS NULL, single-row check); nothing is inserted
		ctx.SetStatusCode(fasthttp.StatusForbidden)
		ctx.SetJSONError(messageOperationFailed)

		return
	} else if code == nil {
		ctx.Logger.WithError(fmt.Errorf("the code didn't match any recorded code challenges")).
			Errorf("Error occurred validating user session elevation One-Time Code challenge for user '%s': error occurred retrieving the code challenge from the storage backend", userSession.Username)

		ctx.SetStatusCode(fasthttp.StatusForbidden)
		ctx.SetJSONError(messageOperationFailed)

		return
	}

	if code.ExpiresAt.Before(ctx.GetClock().Now()) || code.RevokedAt.Valid || code.ConsumedAt.Valid || code.Intent != model.OTCIntentUserSessionElevation {
		ctx.SetStatusCode(fasthttp.StatusForbidden)
		ctx.SetJSONError(messageOperationFailed)

		return
	}

	if subtle.ConstantTimeCompare(code.Code, []byte(bodyJSON.OneTimeCode)) != 1 {
		ctx.SetStatusCode(fasthttp.StatusForbidden)
		ctx.SetJSONError(messageOperationFailed)

		return
	}

	// upstream: code.Consume(ctx)
	code.ConsumedAt.Time, code.ConsumedAt.Valid = ctx.GetClock().Now(), true
	code.ConsumedIP = model.NewNullIP(ctx.RemoteIP())

	if err = ctx.Providers.StorageProvider.ConsumeOneTimeCode(ctx, code); err != nil {
		ctx.SetStatusCode(fasthttp.StatusForbidden)
		ctx.SetJSONError(messageOperationFailed)

		return
	}

	userSession.Elevations.User = &session.Elevation{
		ID:       code.ID,
		RemoteIP: ctx.RemoteIP(),
		Expires:  ctx.GetClock().Now().Add(elevationLifespan),
	}

	if err = ctx.SaveSession(userSession); err != nil {
		ctx.SetStatusCode(fasthttp.StatusForbidden)
		ctx.SetJSONError(messageOperationFailed)

		return
	}

	ctx.ReplyOK()
}
