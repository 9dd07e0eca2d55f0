package sentinel_not_found

import (
	"errors"
	"fmt"

	"gorm.io/gorm"
)

var (
	ErrUserNotFound = errors.New("user not found")
	ErrInvalid      = errors.New("invalid name")
)

type User struct {
	ID   uint
	Name string `gorm:"uniqueIndex"`
}

// GetUserByName returns its own error when no row matched.
func GetUserByName(tx *gorm.DB, name string) (*User, error) {
	user := User{}
	if result := tx.First(&user, "name = ?", name); errors.Is(result.Error, gorm.ErrRecordNotFound) {
		return nil, ErrUserNotFound
	} else if result.Error != nil {
		return nil, result.Error
	}
	return &user, nil
}

func CreateUser(tx *gorm.DB, user User) (*User, error) {
	if err := tx.Save(&user).Error; err != nil {
		return nil, fmt.Errorf("creating user: %w", err)
	}
	return &user, nil
}

func Ensure(tx *gorm.DB, name string) (*User, error) {
	u, err := GetUserByName(tx, name)
	if errors.Is(err, ErrUserNotFound) {
		return CreateUser(tx, User{Name: name})
	}
	return u, err
}

// Validated returns a sentinel outside a not-found test: its error
// does not say "not found", so its callers are not followed.
func Validated(tx *gorm.DB, name string) (*User, error) {
	if name == "" {
		return nil, ErrInvalid
	}
	user := User{}
	if err := tx.First(&user, "name = ?", name).Error; err != nil {
		return nil, err
	}
	return &user, nil
}

func EnsureValid(tx *gorm.DB, name string) (*User, error) {
	u, err := Validated(tx, name)
	if errors.Is(err, ErrInvalid) {
		return CreateUser(tx, User{Name: "default"})
	}
	return u, err
}
