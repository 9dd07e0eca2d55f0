// The not-found test written with an errors package's Is that forwards
// to the standard library's (github.com/pkg/errors), and a value
// computed between the lookup and its test (dnote's GetToken).
package errors_pkg_is

import (
	"example.com/gormcases/cases/errors_pkg_is/errors"
	"gorm.io/gorm"
)

// Token is unique by (user_id, type).
type Token struct {
	ID     int64
	UserID int64  `gorm:"uniqueIndex:idx_token_user_type"`
	Type   string `gorm:"uniqueIndex:idx_token_user_type;size:64"`
	Value  string
}

// Tokens holds the database.
type Tokens struct{ db *gorm.DB }

// NewTokens returns the tokens over db.
func NewTokens(db *gorm.DB) *Tokens { return &Tokens{db: db} }

func tokenValue(kind string) (string, error) { return "v-" + kind, nil }

// GetToken returns the user's token of kind, creating it the first time:
// fixed.
func (t *Tokens) GetToken(userID int64, kind string) (string, error) {
	var tok Token
	conn := t.db.Where("user_id = ? AND type = ?", userID, kind).First(&tok)

	value, err := tokenValue(kind)
	if err != nil {
		return "", errors.Wrap(err, "generating token value")
	}

	if errors.Is(conn.Error, gorm.ErrRecordNotFound) {
		tok = Token{UserID: userID, Type: kind, Value: value}
		if err := t.db.Create(&tok).Error; err != nil {
			return "", errors.Wrap(err, "saving token")
		}
		return "created " + tok.Value, nil
	} else if err := conn.Error; err != nil {
		return "", errors.Wrap(err, "finding token")
	}
	return "found " + tok.Value, nil
}

// Touch updates a token it found: a guard of an update, nothing to
// report.
func (t *Tokens) Touch(userID int64, kind string) error {
	var tok Token
	err := t.db.Where("user_id = ? AND type = ?", userID, kind).First(&tok).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return nil
	}
	if err != nil {
		return err
	}
	return t.db.Model(&tok).Update("value", "touched").Error
}
