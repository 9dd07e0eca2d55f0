// Package apikey reproduces pocket-id/pocket-id d258d952b157 backend/internal/apikey.
package apikey

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"time"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"

	"example.com/realworld/pocketid/backend/internal/apperror"
	"example.com/realworld/pocketid/backend/internal/common"
	"example.com/realworld/pocketid/backend/internal/model"
	datatype "example.com/realworld/pocketid/backend/internal/model/types"
)

// ApiKey is backend/internal/apikey/models.go:9.
type ApiKey struct {
	model.Base

	Name                string `sortable:"true"`
	Key                 string
	Description         *string
	ExpiresAt           datatype.DateTime  `sortable:"true"`
	LastUsedAt          *datatype.DateTime `sortable:"true"`
	ExpirationEmailSent bool

	UserID string
	User   model.User
}

// Service is backend/internal/apikey/service.go:20.
// Service holds the business logic for managing user API keys
type Service struct {
	db           *gorm.DB
	staticApiKey string
}

// Module is backend/internal/apikey/module.go.
type Module struct {
	service *Service
}

// ValidateApiKey is backend/internal/apikey/module.go:77, called by
// backend/internal/middleware/api_key_auth.go:40 on every request carrying
// an API key.
func (m *Module) ValidateApiKey(ctx context.Context, apiKey string) (model.User, error) {
	return m.service.ValidateApiKey(ctx, apiKey)
}

// ValidateApiKey is backend/internal/apikey/service.go:156.
func (s *Service) ValidateApiKey(ctx context.Context, apiKey string) (model.User, error) {
	if apiKey == "" {
		return model.User{}, apperror.NoAPIKeyProvided()
	}

	if s.staticApiKey != "" && apiKey == s.staticApiKey {
		return s.initStaticApiKeyUser(ctx)
	}

	now := time.Now()
	hashedKey := createSha256Hash(apiKey)

	var key ApiKey
	lastUsedAt := datatype.DateTime(now)
	err := s.db.
		WithContext(ctx).
		Model(&ApiKey{}).
		Clauses(clause.Returning{}).
		Where("key = ? AND expires_at > ?", hashedKey, datatype.DateTime(now)).
		Updates(&ApiKey{
			LastUsedAt: &lastUsedAt,
		}).
		Preload("User").
		First(&key).
		Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return model.User{}, apperror.InvalidAPIKey()
	} else if err != nil {
		return model.User{}, fmt.Errorf("error loading API key: %w", err)
	}

	return key.User, nil
}

// initStaticApiKeyUser is backend/internal/apikey/service.go:221.
func (s *Service) initStaticApiKeyUser(ctx context.Context) (user model.User, err error) {
	err = s.db.
		WithContext(ctx).
		First(&user, "id = ?", common.StaticApiKeyUserID). // race
		Error

	if err == nil {
		return user, nil
	}

	if !errors.Is(err, gorm.ErrRecordNotFound) {
		return model.User{}, fmt.Errorf("error loading static API key user: %w", err)
	}

	usernameSuffix, err := generateRandomAlphanumericString(6)
	if err != nil {
		return model.User{}, fmt.Errorf("error generating static API key username suffix: %w", err)
	}

	user = model.User{
		Base: model.Base{
			ID: common.StaticApiKeyUserID,
		},
		FirstName:   "Static API User",
		Username:    "static-api-user-" + usernameSuffix,
		DisplayName: "Static API User",
		IsAdmin:     true,
	}

	err = s.db.
		WithContext(ctx).
		Create(&user).
		Error
	if err != nil {
		return model.User{}, fmt.Errorf("error creating static API key user: %w", err)
	}

	return user, nil
}

// createSha256Hash stands in for backend/internal/utils.CreateSha256Hash.
func createSha256Hash(s string) string {
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:])
}

// generateRandomAlphanumericString stands in for backend/internal/utils.GenerateRandomAlphanumericString.
func generateRandomAlphanumericString(n int) (string, error) {
	return fmt.Sprintf("%0*d", n, time.Now().UnixNano()%1000000), nil
}
