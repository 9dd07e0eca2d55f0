// A flag set on the not-found path under a condition of its own (a loop
// over the requested roles, authorizer's OAuth callback) says nothing of
// the lookup: the create after "if denied { return }" is still reached
// when the row is missing.
package flag_unsure

import (
	"errors"
	"strings"

	"gorm.io/gorm"
)

type Account struct {
	ID    uint
	Email string `gorm:"uniqueIndex"`
	Roles string
}

var ErrProtected = errors.New("protected role")

func protected(role string) bool { return role == "admin" }

// SignIn signs the account in, creating it on first sign-in unless it
// asks for a protected role.
func SignIn(db *gorm.DB, email string, roles []string) (uint, error) {
	var a Account
	err := db.Where("email = ?", email).First(&a).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		denied := false
		for _, r := range roles {
			if protected(r) {
				denied = true
			}
		}
		if denied {
			return 0, ErrProtected
		}
		a = Account{Email: email, Roles: strings.Join(roles, ",")}
		if err := db.Create(&a).Error; err != nil {
			return 0, err
		}
		return a.ID, nil
	}
	if err != nil {
		return 0, err
	}
	return a.ID, nil
}
