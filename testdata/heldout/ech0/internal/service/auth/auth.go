// Package service reproduces the OAuth bind branch of
// internal/service/auth/auth.go.
package service

import (
	"context"
	"errors"

	commonModel "example.com/heldout/ech0/internal/model/common"
	"example.com/heldout/ech0/internal/transaction"
)

const oauth2ActionBind = "bind"

// Repository is internal/service/auth/ports.go:50 (reduced).
type Repository interface {
	BindOAuth(ctx context.Context, userID string, provider, oauthID, issuer, authType string) error
}

// OAuthState is the decoded state JWT (reduced).
type OAuthState struct {
	Action string
	UserID string
}

// AuthService is internal/service/auth/auth.go (reduced).
type AuthService struct {
	transactor transaction.Transactor
	repository Repository
}

// NewAuthService builds the service.
func NewAuthService(tx transaction.Transactor, repository Repository) *AuthService {
	return &AuthService{transactor: tx, repository: repository}
}

// resolveOAuthCallback is internal/service/auth/auth.go:383 (bind branch,
// :468-517; the provider exchange and redirect building are reduced).
// Reached from GET /oauth/{provider}/callback -> HandleOAuthCallback (:241).
func (authService *AuthService) resolveOAuthCallback(
	oauthState OAuthState,
	provider, externalID, issuer, authType string,
) error {
	switch oauthState.Action {
	case oauth2ActionBind:
		if oauthState.UserID == "" {
			return errors.New(commonModel.INVALID_PARAMS)
		}
		return authService.transactor.Run(context.Background(), func(ctx context.Context) error {
			return authService.repository.BindOAuth(
				ctx,
				oauthState.UserID,
				provider,
				externalID,
				issuer,
				authType,
			)
		})
	default:
		return errors.New(commonModel.INVALID_PARAMS)
	}
}

// HandleOAuthCallback is internal/service/auth/auth.go:241 (reduced).
func (authService *AuthService) HandleOAuthCallback(state OAuthState, provider, externalID, issuer, authType string) error {
	return authService.resolveOAuthCallback(state, provider, externalID, issuer, authType)
}
