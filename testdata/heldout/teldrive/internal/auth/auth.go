// Package auth reproduces the parts of internal/auth/auth.go the handlers
// use: the authenticated user id and JWT claims carried in the context.
package auth

import (
	"context"
	"strconv"
)

type contextKey int

const authKey contextKey = 0

// JWTClaims reproduces pkg/types JWTClaims (subset).
type JWTClaims struct {
	Subject   string
	TgSession string
}

// WithJWTUser stores the claims in ctx (done upstream by the ogen security handler).
func WithJWTUser(ctx context.Context, claims *JWTClaims) context.Context {
	return context.WithValue(ctx, authKey, claims)
}

// JWTUser reproduces internal/auth/auth.go JWTUser.
func JWTUser(ctx context.Context) *JWTClaims {
	claims, _ := ctx.Value(authKey).(*JWTClaims)
	return claims
}

// User reproduces internal/auth/auth.go User: the user id from the claims.
func User(ctx context.Context) int64 {
	claims := JWTUser(ctx)
	if claims == nil {
		return 0
	}
	userID, _ := strconv.ParseInt(claims.Subject, 10, 64)
	return userID
}
