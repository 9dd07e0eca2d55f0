// Package jwt is convoy's auth/realm/jwt, reduced to token generation.
package jwt

import "example.com/heldout/convoy/datastore"

type Token struct {
	AccessToken  string `json:"access_token"`
	RefreshToken string `json:"refresh_token"`
}

type Jwt struct {
	secret string
}

func NewJwt(secret string) *Jwt { return &Jwt{secret: secret} }

func (j *Jwt) GenerateToken(user *datastore.User) (Token, error) {
	return Token{AccessToken: user.UID, RefreshToken: user.UID}, nil
}
