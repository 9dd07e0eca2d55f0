// Package store implements domain.UserRepo with GORM, returning the
// domain's types built from its rows.
package store

import (
	"context"
	"errors"

	"example.com/gormcases/cases/module_wide_domain_repo/domain"
	"gorm.io/gorm"
)

type userRow struct {
	ID    uint
	Email string `gorm:"uniqueIndex"`
}

type Users struct{ DB *gorm.DB }

func (r *Users) FindByEmail(ctx context.Context, email string) (*domain.User, error) {
	var u userRow
	err := r.DB.WithContext(ctx).Where("email = ?", email).First(&u).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return &domain.User{ID: u.ID, Email: u.Email}, nil
}

func (r *Users) Create(ctx context.Context, email string) (*domain.User, error) {
	u := userRow{Email: email}
	if err := r.DB.WithContext(ctx).Create(&u).Error; err != nil {
		return nil, err
	}
	return &domain.User{ID: u.ID, Email: u.Email}, nil
}
