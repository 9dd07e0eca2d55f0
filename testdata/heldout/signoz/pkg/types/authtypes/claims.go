package authtypes

import (
	"context"

	"example.com/heldout/signoz/pkg/errors"
)

type claimsKey struct{}

// Claims reproduces, trimmed, pkg/types/authtypes/claims.go: the identity the
// auth middleware puts in the request context.
type Claims struct {
	UserID string
	OrgID  string
	Email  string
}

func (c Claims) IdentityID() string { return c.UserID }

func NewContextWithClaims(ctx context.Context, claims Claims) context.Context {
	return context.WithValue(ctx, claimsKey{}, claims)
}

func ClaimsFromContext(ctx context.Context) (Claims, error) {
	claims, ok := ctx.Value(claimsKey{}).(Claims)
	if !ok {
		return Claims{}, errors.New(errors.TypeUnauthenticated, errors.MustNewCode("unauthenticated"), "unauthenticated")
	}
	return claims, nil
}
