package handlers

import (
	"net/url"

	"example.com/realworld/authelia/internal/middlewares"
)

// OAuth2AuthorizationGET handles GET requests to the Authorization Endpoint.
// upstream internal/handlers/handler_oauth2_authorization.go:22 (request parsing, client lookup and
// the authorization response trimmed; the consent step is at :123)
func OAuth2AuthorizationGET(ctx *middlewares.AutheliaCtx, client Client, form url.Values) {
	userSession, err := ctx.GetSession()
	if err != nil {
		ctx.GetLogger().Errorf("Authorization Request on client with id '%s' could not be processed: error occurred obtaining session information: %+v", client.GetID(), err)

		return
	}

	if _, handled := handleOAuth2AuthorizationConsent(ctx, client, userSession, form); handled {
		return
	}

	ctx.ReplyOK()
}
