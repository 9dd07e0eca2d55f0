package db

import (
	"encoding/base64"

	ogtotp "example.com/heldout/opengist/internal/auth/totp"
	"example.com/heldout/opengist/internal/config"
)

// TOTP reproduces internal/db/totp.go:16 verbatim: UserID carries
// gorm:"uniqueIndex" (one TOTP row per user).
type TOTP struct {
	ID            uint `gorm:"primaryKey"`
	UserID        uint `gorm:"uniqueIndex"`
	User          User
	Secret        string
	RecoveryCodes jsonData `gorm:"type:json"`
	CreatedAt     int64
	LastUsedAt    int64
}

// StoreSecret reproduces internal/db/totp.go:32.
func (totp *TOTP) StoreSecret(secret string) error {
	secretBytes := []byte(secret)
	encrypted, err := ogtotp.AESEncrypt(config.SecretKey, secretBytes)
	if err != nil {
		return err
	}

	totp.Secret = base64.URLEncoding.EncodeToString(encrypted)
	return nil
}

// Create reproduces internal/db/totp.go:89.
func (totp *TOTP) Create() error {
	return db.Create(&totp).Error
}

// -- DTO -- //

// TOTPDTO reproduces internal/db/totp.go:121.
type TOTPDTO struct {
	Code string `form:"code" validate:"max=50"`
}
