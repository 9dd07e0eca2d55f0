// Package authflow reduces upstream server/authflow (the browser login flow).
package authflow

import (
	"log/slog"
	"time"

	"example.com/heldout/dex/server/session"
	"example.com/heldout/dex/server/tokens"
	"example.com/heldout/dex/storage"
)

// Handler serves the login flow.
// Reproduces upstream server/authflow/handler.go:26 (fields reduced to those used).
type Handler struct {
	Storage storage.Storage
	Now     func() time.Time
	Logger  *slog.Logger

	// Sessions owns the session cookie, SSO lookup and auth-session CRUD.
	Sessions *session.Manager
	// Issuer mints tokens for the authorization response.
	Issuer *tokens.Issuer
}
