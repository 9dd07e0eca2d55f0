// Package oauth2 is a small stand-in for authelia.com/provider/oauth2 (oauthelia2).
package oauth2

import (
	"context"
	"errors"
	"time"
)

// ErrJTIKnown is returned when a JWT ID has already been used.
var ErrJTIKnown = errors.New("jti_known: the jti was already used")

// ClientAssertionStore is the part of oauthelia2.ClientManager used to prevent
// client assertion JWT replay.
type ClientAssertionStore interface {
	ClientAssertionJWTValid(ctx context.Context, jti string) (err error)
	SetClientAssertionJWT(ctx context.Context, jti string, exp time.Time) (err error)
}

// CheckClientAssertionJTI stands in for the replay check of oauthelia2's client
// authentication (private_key_jwt / client_secret_jwt): the JTI is checked,
// then marked as used until the assertion expires.
func CheckClientAssertionJTI(ctx context.Context, store ClientAssertionStore, jti string, exp time.Time) (err error) {
	if err = store.ClientAssertionJWTValid(ctx, jti); err != nil {
		return err
	}

	return store.SetClientAssertionJWT(ctx, jti, exp)
}
