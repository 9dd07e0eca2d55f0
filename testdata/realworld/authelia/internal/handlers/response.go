package handlers

import (
	"example.com/realworld/authelia/internal/middlewares"
	"example.com/realworld/authelia/internal/regulation"
)

// upstream internal/handlers/response.go:464 (referer parsing trimmed)
func doMarkAuthenticationAttempt(ctx *middlewares.AutheliaCtx, successful bool, ban *regulation.Ban, authType string, errAuth error) {
	var requestURI, requestMethod string

	doMarkAuthenticationAttemptWithRequest(ctx, successful, ban, authType, requestURI, requestMethod, errAuth)
}

// upstream internal/handlers/response.go:482
func doMarkAuthenticationAttemptWithRequest(ctx *middlewares.AutheliaCtx, successful bool, ban *regulation.Ban, authType, requestURI, requestMethod string, errAuth error) {
	ctx.GetLogger().Debugf("Mark %s authentication attempt made by user '%s'", authType, ban.Value())

	ctx.Providers.Regulator.HandleAttempt(ctx, successful, ban, requestURI, requestMethod, authType)

	if successful {
		ctx.GetLogger().Debugf("Successful %s authentication attempt made by user '%s'", authType, ban.Value())
	} else if errAuth != nil {
		ctx.GetLogger().WithError(errAuth).Errorf("Unsuccessful %s authentication attempt by user '%s'", authType, ban.Value())
	}
}

// respondUnauthorized responds with an unauthorized status.
func respondUnauthorized(ctx *middlewares.AutheliaCtx, message string) {
	ctx.ReplyUnauthorized()
	ctx.SetJSONError(message)
}
