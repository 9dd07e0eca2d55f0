// Package jwk reproduces pocket-id/pocket-id d258d952b157 backend/internal/utils/jwk.
package jwk

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"

	"example.com/realworld/pocketid/backend/internal/model"
)

// PrivateKeyDBKey is the kv key of the signing key.
const PrivateKeyDBKey = "jwt_private_key.json"

// KeyProviderDatabase is backend/internal/utils/jwk/key_provider_database.go.
type KeyProviderDatabase struct {
	db  *gorm.DB
	kek []byte
}

// Init is backend/internal/utils/jwk/key_provider_database.go:24.
func (f *KeyProviderDatabase) Init(opts KeyProviderOpts) error {
	f.db = opts.DB
	f.kek = opts.Kek

	return nil
}

// LoadKey is backend/internal/utils/jwk/key_provider_database.go:36 (decryption trimmed).
func (f *KeyProviderDatabase) LoadKey(ctx context.Context) (key Key, err error) {
	row := model.KV{
		Key: PrivateKeyDBKey,
	}

	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	err = f.db.WithContext(ctx).First(&row).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		// Key not present in the database - return nil so a new one can be generated
		return nil, nil
	} else if err != nil {
		return nil, fmt.Errorf("failed to retrieve private key from the database: %w", err)
	}

	if row.Value == nil || *row.Value == "" {
		// Key not present in the database - return nil so a new one can be generated
		return nil, nil
	}

	// Decode from base64
	enc, err := base64.StdEncoding.DecodeString(*row.Value)
	if err != nil {
		return nil, fmt.Errorf("failed to read encrypted private key: not a valid base64-encoded value: %w", err)
	}

	var parsed map[string]any
	err = json.Unmarshal(enc, &parsed)
	if err != nil {
		return nil, fmt.Errorf("failed to parse encrypted private key: %w", err)
	}

	return parsed, nil
}

// SaveKey is backend/internal/utils/jwk/key_provider_database.go:77 (encryption trimmed).
func (f *KeyProviderDatabase) SaveKey(ctx context.Context, key Key) error {
	// Encode the key to JSON
	data, err := json.Marshal(key)
	if err != nil {
		return fmt.Errorf("failed to encode key to JSON: %w", err)
	}

	// Save to database
	value := base64.StdEncoding.EncodeToString(data)
	row := model.KV{
		Key:   PrivateKeyDBKey,
		Value: &value,
	}

	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	err = f.db.
		WithContext(ctx).
		Clauses(clause.OnConflict{
			Columns:   []clause.Column{{Name: "key"}},
			DoUpdates: clause.AssignmentColumns([]string{"value"}),
		}).
		Create(&row).
		Error
	if err != nil {
		// There's one scenario where if Pocket ID is started fresh with more than 1 replica, they both could be trying to create the private key in the database at the same time
		// In this case, only one of the replicas will succeed; the other one(s) will return an error here, which will cascade down and cause the replica(s) to crash and be restarted (at that point they'll load the then-existing key from the database)
		return fmt.Errorf("failed to store private key in database: %w", err)
	}

	return nil
}

// Compile-time interface check
var _ KeyProvider = (*KeyProviderDatabase)(nil)
