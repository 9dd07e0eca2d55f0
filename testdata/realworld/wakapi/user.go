// Package wakapi reproduces muety/wakapi 2ed2e3fa.
package wakapi

import (
	"gorm.io/gorm"
)

// User is models/user.go:30.
type User struct {
	ID     string `json:"id" gorm:"primary_key"`
	ApiKey string `json:"api_key" gorm:"unique"`
	Email  string `json:"email" gorm:"uniqueIndex:idx_user_email"`
}

type UserRepository struct{ db *gorm.DB }

// FindOne is repositories/user.go:22.
func (r *UserRepository) FindOne(attributes User) (*User, error) {
	u := &User{}
	if err := r.db.Where(&attributes).First(u).Error; err != nil {
		return u, err
	}
	return u, nil
}

// InsertOrGet is repositories/user.go:115: a signup and an import for the
// same id both insert; the loser fails on the primary key.
func (r *UserRepository) InsertOrGet(user *User) (*User, bool, error) {
	if u, err := r.FindOne(User{ID: user.ID}); err == nil && u != nil && u.ID != "" { // race
		return u, false, nil
	}

	result := r.db.Create(user)
	if err := result.Error; err != nil {
		return nil, false, err
	}

	return user, true, nil
}

// GetByEmail is the login path: found or an error, nothing created.
func (r *UserRepository) GetByEmail(email string) (*User, error) {
	u, err := r.FindOne(User{Email: email}) // safe: no create
	if err != nil {
		return nil, err
	}
	return u, nil
}
