// Package oauth2 is a stand-in for golang.org/x/oauth2 (the Token type only).
package oauth2

import "time"

// Token is oauth2.Token.
type Token struct {
	AccessToken  string
	RefreshToken string
	Expiry       time.Time
	extra        map[string]interface{}
}

// Extra returns an extra field of the token response.
func (t *Token) Extra(key string) interface{} { return t.extra[key] }
