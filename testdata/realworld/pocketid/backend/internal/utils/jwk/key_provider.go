// Package jwk reproduces pocket-id/pocket-id d258d952b157 backend/internal/utils/jwk.
package jwk

import (
	"context"
	"fmt"

	"gorm.io/gorm"
)

// Key stands in for github.com/lestrrat-go/jwx/v3/jwk.Key.
type Key interface{}

// KeyProviderOpts is backend/internal/utils/jwk/key_provider.go:13.
type KeyProviderOpts struct {
	DB  *gorm.DB
	Kek []byte
}

// KeyProvider is backend/internal/utils/jwk/key_provider.go:19.
type KeyProvider interface {
	Init(opts KeyProviderOpts) error
	LoadKey(ctx context.Context) (Key, error)
	SaveKey(ctx context.Context, key Key) error
}

// GetKeyProvider is backend/internal/utils/jwk/key_provider.go:25 (KEK loading trimmed).
func GetKeyProvider(db *gorm.DB, instanceID string) (keyProvider KeyProvider, err error) {
	keyProvider = &KeyProviderDatabase{}
	err = keyProvider.Init(KeyProviderOpts{
		DB: db,
	})
	if err != nil {
		return nil, fmt.Errorf("failed to init key provider: %w", err)
	}
	return keyProvider, nil
}
