// Package headscale reproduces juanfont/headscale f20f1f12.
package headscale

import (
	"errors"
	"fmt"

	"gorm.io/gorm"
)

var ErrUserNotFound = errors.New("user not found")

// User is hscontrol/types/users.go: the OIDC identifier is unique.
type User struct {
	gorm.Model
	Name               string
	Email              string
	ProviderIdentifier string `gorm:"uniqueIndex:idx_provider_identifier"`
}

// GetUserByOIDCIdentifier is hscontrol/db/users.go:142.
func GetUserByOIDCIdentifier(tx *gorm.DB, id string) (*User, error) {
	user := User{}
	if result := tx.First(&user, "provider_identifier = ?", id); errors.Is(
		result.Error,
		gorm.ErrRecordNotFound,
	) {
		return nil, ErrUserNotFound
	}
	return &user, nil
}

// CreateUser is hscontrol/state/state.go:390.
func CreateUser(tx *gorm.DB, user User) (*User, error) {
	if err := tx.Save(&user).Error; err != nil {
		return nil, fmt.Errorf("creating user: %w", err)
	}
	return &user, nil
}

// createOrUpdateUserFromClaim is hscontrol/oidc.go:620: two first logins
// of one OIDC user both create; the loser's login fails.
func createOrUpdateUserFromClaim(tx *gorm.DB, identifier, email string) (*User, error) {
	var (
		user    *User
		err     error
		newUser bool
	)

	user, err = GetUserByOIDCIdentifier(tx, identifier) // race
	if err != nil && !errors.Is(err, ErrUserNotFound) {
		return nil, fmt.Errorf("creating or updating user: %w", err)
	}

	// if the user is still not found, create a new empty user.
	if user == nil {
		newUser = true
		user = &User{}
	}

	user.ProviderIdentifier = identifier
	user.Email = email

	if newUser {
		user, err = CreateUser(tx, *user)
		if err != nil {
			return nil, fmt.Errorf("creating user: %w", err)
		}
	} else {
		if err := tx.Save(user).Error; err != nil {
			return nil, fmt.Errorf("updating user: %w", err)
		}
	}
	return user, nil
}
