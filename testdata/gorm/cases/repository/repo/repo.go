// Package repo is a repository layer over GORM.
package repo

import (
	"context"
	"fmt"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"
)

type User struct {
	ID    uint
	Email string `gorm:"uniqueIndex"`
}

type Users struct{ db *gorm.DB }

// ByEmail wraps one lookup and returns its error.
func (r *Users) ByEmail(ctx context.Context, email string) (*User, error) {
	var u User
	if err := r.db.WithContext(ctx).Where("email = ?", email).First(&u).Error; err != nil {
		return nil, err
	}
	return &u, nil
}

// Create wraps one insert.
func (r *Users) Create(ctx context.Context, u *User) error {
	return r.db.WithContext(ctx).Create(u).Error
}

// Insert is already atomic: it ignores the conflict on email.
func (r *Users) Insert(ctx context.Context, u *User) error {
	return r.db.WithContext(ctx).Clauses(clause.OnConflict{Columns: []clause.Column{{Name: "email"}}, DoNothing: true}).Create(u).Error
}

// Find wraps the lookup's error with %w: errors.Is still sees
// gorm.ErrRecordNotFound through it, so it is a lookup too.
func (r *Users) Find(ctx context.Context, email string) (*User, error) {
	var u User
	if err := r.db.WithContext(ctx).Where("email = ?", email).First(&u).Error; err != nil {
		return nil, fmt.Errorf("find user: %w", err)
	}
	return &u, nil
}

// Lookup wraps with %v, which hides the not-found error: not a lookup.
func (r *Users) Lookup(ctx context.Context, email string) (*User, error) {
	var u User
	if err := r.db.WithContext(ctx).Where("email = ?", email).First(&u).Error; err != nil {
		return nil, fmt.Errorf("lookup user: %v", err)
	}
	return &u, nil
}
