package mailer

import (
	"crypto/rand"
	"encoding/base64"

	"example.com/heldout/dnote/pkg/server/database"
	"github.com/pkg/errors"
	"gorm.io/gorm"
)

// generateRandomToken reproduces pkg/server/mailer/tokens.go:30.
func generateRandomToken(bits int) (string, error) {
	b := make([]byte, bits)

	_, err := rand.Read(b)
	if err != nil {
		return "", errors.Wrap(err, "generating random bytes")
	}

	return base64.URLEncoding.EncodeToString(b), nil
}

// GetToken reproduces pkg/server/mailer/tokens.go:43.
// GetToken returns an token of the given kind for the user
// by first looking up any unused record and creating one if none exists.
//
// GORM v1 -> v2: conn.RecordNotFound() is written errors.Is(conn.Error, gorm.ErrRecordNotFound).
func GetToken(db *gorm.DB, userID int, kind string) (database.Token, error) {
	var tok database.Token
	// race
	conn := db.
		Where("user_id = ? AND type =? AND used_at IS NULL", userID, kind).
		First(&tok)

	tokenVal, err := generateRandomToken(16)
	if err != nil {
		return tok, errors.Wrap(err, "generating token value")
	}

	if errors.Is(conn.Error, gorm.ErrRecordNotFound) {
		tok = database.Token{
			UserID: userID,
			Type:   kind,
			Value:  tokenVal,
		}
		if err := db.Save(&tok).Error; err != nil {
			return tok, errors.Wrap(err, "saving token")
		}

		return tok, nil
	} else if err := conn.Error; err != nil {
		return tok, errors.Wrap(err, "finding token")
	}

	return tok, nil
}
