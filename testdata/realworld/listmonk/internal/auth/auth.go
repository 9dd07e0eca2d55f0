package auth

import (
	"errors"

	"example.com/realworld/listmonk/third_party/echo"
)

// Auth is a stand-in for upstream internal/auth/auth.go:Auth (OIDC exchange and
// session store); only the methods the reproduced handlers call.
type Auth struct {
	// ExchangeFn stands in for the OIDC provider round trip.
	ExchangeFn func(code, nonce string) (string, OIDCclaim, error)
}

// ExchangeOIDCToken takes an OIDC authorization code (received via redirect from the OIDC provider),
// validates it, and returns an OIDC token for subsequent auth.
func (o *Auth) ExchangeOIDCToken(code, nonce string) (string, OIDCclaim, error) {
	if o.ExchangeFn == nil {
		return "", OIDCclaim{}, errors.New("OIDC not configured")
	}
	return o.ExchangeFn(code, nonce)
}

// SaveSession creates and sets a session (post successful login/auth).
func (o *Auth) SaveSession(u User, oidcToken string, c echo.Context) error {
	return nil
}
