// Package oauth2 is a minimal stand-in for golang.org/x/oauth2.
package oauth2

import "time"

// Token is the subset of oauth2.Token the handlers use.
type Token struct {
	AccessToken  string
	RefreshToken string
	Expiry       time.Time
}
