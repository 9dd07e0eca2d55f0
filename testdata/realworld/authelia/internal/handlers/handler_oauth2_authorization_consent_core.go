package handlers

import (
	"net/url"

	"example.com/realworld/authelia/internal/middlewares"
	"example.com/realworld/authelia/internal/session"
	"example.com/realworld/authelia/third_party/uuid"
)

// Client stands in for upstream oidc.Client.
type Client interface {
	GetID() string
	GetSectorIdentifierURI() string
}

// handleOAuth2AuthorizationConsent determines the subject of the authorization request and the consent handler.
// upstream internal/handlers/handler_oauth2_authorization_consent_core.go:21, called from
// OAuth2AuthorizationGET (handler_oauth2_authorization.go:123) for GET /api/oidc/authorization
// (policy levels and the consent mode handlers trimmed).
func handleOAuth2AuthorizationConsent(ctx *middlewares.AutheliaCtx, client Client, userSession session.UserSession, form url.Values) (subject uuid.UUID, handled bool) {
	var err error

	if userSession.IsAnonymous() {
		return uuid.Nil, true
	}

	if subject, err = ctx.Providers.OpenIDConnect.GetSubject(ctx, client.GetSectorIdentifierURI(), userSession.Username); err != nil {
		ctx.GetLogger().Errorf("Authorization Request on client with id '%s' could not be processed: error occurred retrieving the subject for user '%s': %+v", client.GetID(), userSession.Username, err)

		return uuid.Nil, true
	}

	handleOAuth2PushedAuthorizeConsent(ctx, client, form)

	return subject, false
}

// upstream internal/handlers/handler_oauth2_authorization_consent_core.go:222
func handleOAuth2PushedAuthorizeConsent(ctx *middlewares.AutheliaCtx, client Client, form url.Values) {
	if form.Get("request_uri") == "" {
		return
	}

	par, err := ctx.Providers.StorageProvider.LoadOAuth2PushedAuthorizationSession(ctx, form.Get("request_uri")) // safe: lookup guards an update of the found PAR session; not found only logs
	if err != nil {
		ctx.GetLogger().WithError(err).Warnf("Authorization Request on client with id '%s' encountered a storage error while trying to make the Pushed Authorize Request session available for consent", client.GetID())

		return
	}

	par.Revoked = false

	if err = ctx.Providers.StorageProvider.UpdateOAuth2PushedAuthorizationSession(ctx, *par); err != nil {
		ctx.GetLogger().WithError(err).Warnf("Authorization Request on client with id '%s' encountered a storage error while trying to make the Pushed Authorize Request session available for consent", client.GetID())

		return
	}
}
