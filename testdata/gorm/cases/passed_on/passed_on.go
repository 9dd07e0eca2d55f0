// A getter that hands on another's row and error in two statements
// (r, err := get(...); return r, err; gin-admin's DAOs, with
// errors.WithStack(err)) is that getter: fixed. One that wraps the error
// with fmt.Errorf even when it is nil fails on every call: no lookup, no
// site.
package passed_on

import (
	"context"
	"errors"
	"fmt"

	"gorm.io/gorm"
)

type Role struct {
	ID   uint   `gorm:"primaryKey"`
	Code string `gorm:"size:32;uniqueIndex"`
}

func get(ctx context.Context, db *gorm.DB, code string) (*Role, error) {
	var r Role
	if err := db.WithContext(ctx).Where("code = ?", code).First(&r).Error; err != nil {
		return nil, err
	}
	return &r, nil
}

// Get hands on get's row and error.
func Get(ctx context.Context, db *gorm.DB, code string) (*Role, error) {
	r, err := get(ctx, db, code)
	return r, err
}

// GetAnnotated annotates even a nil error: it always fails.
func GetAnnotated(ctx context.Context, db *gorm.DB, code string) (*Role, error) {
	r, err := get(ctx, db, code)
	return r, fmt.Errorf("role %s: %w", code, err)
}

// Ensure returns the role of that code, created when missing.
func Ensure(ctx context.Context, db *gorm.DB, code string) (uint, error) {
	r, err := Get(ctx, db, code)
	if err == nil {
		return r.ID, nil
	}
	if !errors.Is(err, gorm.ErrRecordNotFound) {
		return 0, err
	}
	nr := &Role{Code: code}
	if err := db.Create(nr).Error; err != nil {
		return 0, err
	}
	return nr.ID, nil
}

// EnsureAnnotated is no site: its lookup never succeeds.
func EnsureAnnotated(ctx context.Context, db *gorm.DB, code string) (uint, error) {
	r, err := GetAnnotated(ctx, db, code)
	if err == nil {
		return r.ID, nil
	}
	if !errors.Is(err, gorm.ErrRecordNotFound) {
		return 0, err
	}
	nr := &Role{Code: code + "-a"}
	if err := db.Create(nr).Error; err != nil {
		return 0, err
	}
	return nr.ID, nil
}
