package git

import (
	"encoding/base64"
	"errors"
	"strings"

	"example.com/heldout/opengist/internal/auth"
	"example.com/heldout/opengist/internal/db"
	"example.com/heldout/opengist/internal/web/context"
	"example.com/heldout/opengist/third_party/zerolog/log"
)

// authOrFail reproduces internal/web/handlers/git/auth.go:27 (reduced: the
// access-token fallback, :38-46, is dropped).
func authOrFail(ctx *context.Context, username, password string, scope, permission uint, invalidCode int, invalidMsg string) (*db.User, error) {
	user, err := auth.TryAuthentication(username, password)
	if err == nil {
		return user, nil
	}

	var authErr auth.AuthError
	if !errors.As(err, &authErr) {
		return nil, ctx.ErrorRes(500, "Authentication system error", nil)
	}

	log.Warn().Msg("Invalid HTTP authentication attempt from " + ctx.RealIP())
	return nil, ctx.PlainText(invalidCode, invalidMsg)
}

// basicAuth reproduces internal/web/handlers/git/auth.go:49.
func basicAuth(ctx *context.Context) error {
	ctx.Response().Header().Set("WWW-Authenticate", `Basic realm="."`)
	return ctx.PlainText(401, "Requires authentication")
}

// parseAuthHeader reproduces internal/web/handlers/git/auth.go:54.
func parseAuthHeader(ctx *context.Context) (string, string, error) {
	authHeader := ctx.Request().Header.Get("Authorization")
	if authHeader == "" {
		return "", "", errors.New("no auth header")
	}

	authFields := strings.Fields(authHeader)
	if len(authFields) != 2 || authFields[0] != "Basic" {
		return "", "", errors.New("invalid auth header")
	}

	authUsername, authPassword, err := basicAuthDecode(authFields[1])
	if err != nil {
		log.Error().Err(err).Msg("Cannot decode basic auth header")
		return "", "", err
	}

	return authUsername, authPassword, nil
}

// basicAuthDecode reproduces internal/web/handlers/git/auth.go:74.
func basicAuthDecode(encoded string) (string, string, error) {
	s, err := base64.StdEncoding.DecodeString(encoded)
	if err != nil {
		return "", "", err
	}

	auth := strings.SplitN(string(s), ":", 2)
	if len(auth) != 2 {
		return "", "", errors.New("invalid basic auth")
	}
	return auth[0], auth[1], nil
}
