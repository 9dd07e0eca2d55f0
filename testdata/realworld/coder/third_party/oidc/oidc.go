// Package oidc is a stand-in for github.com/coreos/go-oidc/v3/oidc
// (IDToken and IDTokenVerifier only).
package oidc

import (
	"context"
	"encoding/json"
)

// IDToken is an OpenID Connect extension that provides a predictable
// representation of an authorization event.
type IDToken struct {
	Issuer  string
	Subject string
	claims  []byte
}

// Claims unmarshals the raw JSON payload of the ID Token into v.
func (i *IDToken) Claims(v interface{}) error { return json.Unmarshal(i.claims, v) }

// IDTokenVerifier verifies raw ID tokens.
type IDTokenVerifier struct {
	verify func(ctx context.Context, rawIDToken string) (*IDToken, error)
}

// Verify parses and verifies a raw ID token.
func (v *IDTokenVerifier) Verify(ctx context.Context, rawIDToken string) (*IDToken, error) {
	return v.verify(ctx, rawIDToken)
}
