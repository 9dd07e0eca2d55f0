// Package service reproduces pocket-id/pocket-id d258d952b157 backend/internal/service.
package service

import (
	"context"
	"crypto/rand"
	"encoding/base64"
	"fmt"

	"gorm.io/gorm"

	jwkutils "example.com/realworld/pocketid/backend/internal/utils/jwk"
)

// JwtService is backend/internal/service/jwt_service.go (token fields trimmed).
type JwtService struct {
	db         *gorm.DB
	instanceID string
	privateKey jwkutils.Key
}

// init is backend/internal/service/jwt_service.go:65.
func (s *JwtService) init(ctx context.Context, db *gorm.DB, instanceID string) (err error) {
	s.db = db
	s.instanceID = instanceID

	// Ensure keys are generated or loaded
	return s.LoadOrGenerateKey(ctx)
}

// LoadOrGenerateKey is backend/internal/service/jwt_service.go:74.
func (s *JwtService) LoadOrGenerateKey(ctx context.Context) error {
	// Get the key provider
	keyProvider, err := jwkutils.GetKeyProvider(s.db, s.instanceID)
	if err != nil {
		return fmt.Errorf("failed to get key provider: %w", err)
	}

	// Try loading a key
	key, err := keyProvider.LoadKey(ctx) // safe: KeyProviderDatabase.SaveKey is INSERT ... ON CONFLICT (key) DO UPDATE
	if err != nil {
		return fmt.Errorf("failed to load key: %w", err)
	}

	// If we have a key, store it in the object and we're done
	if key != nil {
		err = s.SetKey(key)
		if err != nil {
			return fmt.Errorf("failed to set private key: %w", err)
		}
		return nil
	}

	// If we are here, we need to generate a new key
	err = s.generateKey()
	if err != nil {
		return fmt.Errorf("failed to generate key: %w", err)
	}

	// Save the newly-generated key
	err = keyProvider.SaveKey(ctx, s.privateKey)
	if err != nil {
		return fmt.Errorf("failed to save private key: %w", err)
	}

	return nil
}

// generateKey is backend/internal/service/jwt_service.go:112 (RSA generation replaced by random bytes).
func (s *JwtService) generateKey() error {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		return fmt.Errorf("failed to generate key: %w", err)
	}
	return s.SetKey(map[string]any{"k": base64.RawURLEncoding.EncodeToString(b)})
}

// SetKey is backend/internal/service/jwt_service.go:150 (validation trimmed).
func (s *JwtService) SetKey(privateKey jwkutils.Key) error {
	s.privateKey = privateKey
	return nil
}
