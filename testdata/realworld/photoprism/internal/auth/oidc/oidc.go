// Package oidc reproduces photoprism/photoprism 382ffa89927f internal/auth/oidc (user info and provider, reduced to what the redirect handler reads).
package oidc

// UserInfo mirrors zitadel/oidc UserInfo as used by internal/auth/oidc.
type UserInfo struct {
	Subject           string
	Name              string
	Email             string
	EmailVerified     bool
	PreferredUsername string
}

// Tokens mirrors the token set returned by the code exchange.
type Tokens struct {
	IDToken string
}

// Client is internal/auth/oidc/client.go Client.
type Client struct{ issuer string }

// Issuer returns the issuer URI.
func (c *Client) Issuer() string { return c.issuer }

// CodeExchangeUserInfo is internal/auth/oidc/client.go CodeExchangeUserInfo.
func (c *Client) CodeExchangeUserInfo(ctx interface{}) (*UserInfo, *Tokens, error) {
	return &UserInfo{}, &Tokens{}, nil
}

// Username is internal/auth/oidc/username.go Username.
func Username(userInfo *UserInfo, preferredClaim string) string {
	return userInfo.PreferredUsername
}
