// Package middlewares is a reduced stand-in for upstream internal/middlewares:
// AutheliaCtx (a fasthttp request context carrying the providers, the
// configuration and the session) and the identity verification middleware.
package middlewares

import (
	"context"
	"encoding/json"
	"net"
	"time"

	"example.com/realworld/authelia/internal/model"
	"example.com/realworld/authelia/internal/oidc"
	"example.com/realworld/authelia/internal/regulation"
	"example.com/realworld/authelia/internal/session"
	"example.com/realworld/authelia/internal/storage"
	"example.com/realworld/authelia/third_party/logrus"
	"example.com/realworld/authelia/third_party/webauthn"
)

// TOTPProvider validates TOTP codes (upstream internal/totp.Provider).
type TOTPProvider interface {
	Validate(ctx context.Context, token string, config *model.TOTPConfiguration) (valid bool, step uint64, err error)
}

// RandomProvider generates random strings (upstream internal/random.Provider).
type RandomProvider interface {
	StringCustom(n int, characters string) (data string)
}

// Providers contain all provider struct required by Authelia.
type Providers struct {
	StorageProvider storage.Provider
	OpenIDConnect   *oidc.OpenIDConnectProvider
	Regulator       *regulation.Regulator
	TOTP            TOTPProvider
	Random          RandomProvider
}

// Configuration is the reduced upstream schema.Configuration.
type Configuration struct {
	TOTP struct {
		DisableReuseSecurityPolicy bool
	}

	WebAuthn struct {
		RPID string
	}
}

// Clock provides the time.
type Clock interface {
	Now() time.Time
}

// AutheliaCtx contains all server variables related to Authelia.
type AutheliaCtx struct {
	context.Context

	Logger        *logrus.Entry
	Providers     Providers
	Configuration Configuration
	Clock         Clock

	remoteIP    net.IP
	body        []byte
	statusCode  int
	userSession session.UserSession
}

// GetLogger returns the logger.
func (ctx *AutheliaCtx) GetLogger() *logrus.Entry { return ctx.Logger }

// GetClock returns the clock.
func (ctx *AutheliaCtx) GetClock() Clock { return ctx.Clock }

// RemoteIP returns the remote IP of the request.
func (ctx *AutheliaCtx) RemoteIP() net.IP { return ctx.remoteIP }

// RecordAuthn records an authentication metric.
func (ctx *AutheliaCtx) RecordAuthn(success, banned bool, authType string) {}

// PostBody returns the request body.
func (ctx *AutheliaCtx) PostBody() []byte { return ctx.body }

// ParseBody parses the JSON request body.
func (ctx *AutheliaCtx) ParseBody(value any) error { return json.Unmarshal(ctx.body, value) }

// SetStatusCode sets the response status code.
func (ctx *AutheliaCtx) SetStatusCode(code int) { ctx.statusCode = code }

// SetJSONError sets the body of the response to a JSON error KO message.
func (ctx *AutheliaCtx) SetJSONError(message string) {}

// SetJSONBody sets the body of the response to a JSON OK message.
func (ctx *AutheliaCtx) SetJSONBody(value any) error { return nil }

// ReplyOK is a helper method to reply ok.
func (ctx *AutheliaCtx) ReplyOK() { ctx.statusCode = 200 }

// ReplyUnauthorized response sent when user is unauthorized.
func (ctx *AutheliaCtx) ReplyUnauthorized() { ctx.statusCode = 401 }

// Error reply with an error and display the stack trace in the logs.
func (ctx *AutheliaCtx) Error(err error, message string) {
	ctx.Logger.WithError(err).Error(message)
}

// GetSession returns the user session.
func (ctx *AutheliaCtx) GetSession() (session.UserSession, error) { return ctx.userSession, nil }

// SaveSession saves the user session.
func (ctx *AutheliaCtx) SaveSession(s session.UserSession) error {
	ctx.userSession = s
	return nil
}

// RegenerateSession regenerates the user session.
func (ctx *AutheliaCtx) RegenerateSession() error { return nil }

// GetWebAuthnProvider returns the WebAuthn relying party.
func (ctx *AutheliaCtx) GetWebAuthnProvider() (*webauthn.WebAuthn, error) {
	return &webauthn.WebAuthn{Config: &webauthn.Config{RPID: ctx.Configuration.WebAuthn.RPID}}, nil
}

// RequestHandler represents an Authelia request handler.
type RequestHandler = func(*AutheliaCtx)
