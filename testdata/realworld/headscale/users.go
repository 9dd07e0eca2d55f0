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

// Read is hscontrol/db/db.go:1245: a read in a transaction.
func Read[T any](db *gorm.DB, fn func(rx *gorm.DB) (T, error)) (T, error) {
	rx := db.Begin()
	defer rx.Rollback()

	ret, err := fn(rx)
	if err != nil {
		var no T
		return no, err
	}
	return ret, nil
}

// HSDatabase is hscontrol/db.
type HSDatabase struct{ DB *gorm.DB }

// GetUserByOIDCIdentifier is hscontrol/db/users.go:136.
func (hsdb *HSDatabase) GetUserByOIDCIdentifier(id string) (*User, error) {
	return Read(hsdb.DB, func(rx *gorm.DB) (*User, error) {
		return GetUserByOIDCIdentifier(rx, id)
	})
}

// State is hscontrol/state.
type State struct{ db *HSDatabase }

// GetUserByOIDCIdentifier is hscontrol/state/state.go:498.
func (s *State) GetUserByOIDCIdentifier(id string) (*User, error) {
	return s.db.GetUserByOIDCIdentifier(id)
}

// CreateUser is hscontrol/state/state.go:390: the insert, then the
// policy manager is told.
func (s *State) CreateUser(user User) (*User, error) {
	if err := s.db.DB.Save(&user).Error; err != nil {
		return nil, fmt.Errorf("creating user: %w", err)
	}
	if err := s.updatePolicyManagerUsers(); err != nil {
		return &user, fmt.Errorf("updating policy manager after user creation: %w", err)
	}
	return &user, nil
}

func (s *State) updatePolicyManagerUsers() error { return nil }

func (s *State) UpdateUser(user *User) error { return s.db.DB.Save(user).Error }

// createOrUpdateUserFromClaim is hscontrol/oidc.go:620 (through State and
// HSDatabase, as there): two first logins
// of one OIDC user both create; the loser's login fails.
func createOrUpdateUserFromClaim(state *State, identifier, email string) (*User, error) {
	var (
		user    *User
		err     error
		newUser bool
	)

	user, err = state.GetUserByOIDCIdentifier(identifier) // race
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
		user, err = state.CreateUser(*user)
		if err != nil {
			return nil, fmt.Errorf("creating user: %w", err)
		}
	} else {
		if err := state.UpdateUser(user); err != nil {
			return nil, fmt.Errorf("updating user: %w", err)
		}
	}
	return user, nil
}
