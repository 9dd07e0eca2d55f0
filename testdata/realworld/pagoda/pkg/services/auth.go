// Package services reproduces mikestefanello/pagoda 02a6db2795ef pkg/services.
package services

import (
	"context"
	"crypto/rand"
	"encoding/hex"

	"example.com/realworld/pagoda/ent"
)

// AuthClient is pkg/services/auth.go:50 (config trimmed).
type AuthClient struct {
	orm *ent.Client
}

// NewAuthClient is pkg/services/auth.go:56.
func NewAuthClient(orm *ent.Client) *AuthClient {
	return &AuthClient{
		orm: orm,
	}
}

// GeneratePasswordResetToken is pkg/services/auth.go:118 (echo.Context
// replaced by context.Context; token length inlined).
func (c *AuthClient) GeneratePasswordResetToken(ctx context.Context, userID int) (string, *ent.PasswordToken, error) {
	// Generate the token, which is what will go in the URL, but not the database
	token, err := c.RandomToken(64)
	if err != nil {
		return "", nil, err
	}

	// Create and save the password reset token
	pt, err := c.orm.PasswordToken.
		Create().
		SetToken(token).
		SetUserID(userID).
		Save(ctx)

	return token, pt, err
}

// RandomToken is pkg/services/auth.go:178.
func (c *AuthClient) RandomToken(length int) (string, error) {
	b := make([]byte, (length/2)+1)
	if _, err := rand.Read(b); err != nil {
		return "", err
	}
	token := hex.EncodeToString(b)
	return token[:length], nil
}
