// Package repository reproduces internal/repository/auth/auth.go (BindOAuth).
package repository

import (
	"context"
	"strings"

	authModel "example.com/heldout/ech0/internal/model/auth"
	model "example.com/heldout/ech0/internal/model/user"
	"example.com/heldout/ech0/internal/transaction"
	"gorm.io/gorm"
)

// AuthRepository is internal/repository/auth/auth.go:26 (cache dropped).
type AuthRepository struct {
	db func() *gorm.DB
}

// NewAuthRepository is internal/repository/auth/auth.go:31.
func NewAuthRepository(dbProvider func() *gorm.DB) *AuthRepository {
	return &AuthRepository{db: dbProvider}
}

// getDB is internal/repository/auth/auth.go:41.
func (authRepository *AuthRepository) getDB(ctx context.Context) *gorm.DB {
	if tx, ok := transaction.TxFromContext(ctx); ok {
		return tx
	}
	return authRepository.db()
}

// BindOAuth is internal/repository/auth/auth.go:131. Its only caller,
// AuthService.resolveOAuthCallback (service/auth/auth.go:481), reached from HandleOAuthCallback (:241), runs it inside
// transactor.Run.
func (authRepository *AuthRepository) BindOAuth(
	ctx context.Context,
	userID string,
	provider, oauthID, issuer, authType string,
) error {
	protocol := string(authModel.AuthTypeOAuth2)
	issuerVal := ""
	if authType == string(authModel.AuthTypeOIDC) {
		protocol = string(authModel.AuthTypeOIDC)
		issuerVal = strings.TrimSpace(issuer)
	}

	var identity model.UserExternalIdentity
	err := authRepository.getDB(ctx). // safe: always run inside transactor.Run (service/auth/auth.go:481) and with _txlock=immediate (database.go:87) the transaction holds the SQLite write lock from BEGIN, so the lookup and the INSERT are serialized against every other writer (there is no unique key on these columns)
						Where("user_id = ? AND provider = ? AND issuer = ? AND protocol = ?", userID, provider, issuerVal, protocol).
						First(&identity).Error
	if err == nil {
		identity.Subject = oauthID
		return authRepository.getDB(ctx).Save(&identity).Error
	}
	if err != gorm.ErrRecordNotFound {
		return err
	}

	identity = model.UserExternalIdentity{
		UserID:   userID,
		Provider: provider,
		Subject:  oauthID,
		Issuer:   issuerVal,
		Protocol: protocol,
	}
	return authRepository.getDB(ctx).Create(&identity).Error
}
