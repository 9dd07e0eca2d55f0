// Package user reproduces github.com/traggo/server/user (userresolver.go,
// create.go, update.go).
// GORM v1 -> v2: x.Find(&row).RecordNotFound() is written
// errors.Is(x.Take(&row).Error, gorm.ErrRecordNotFound) (v2's Find never reports
// ErrRecordNotFound; v1's Find on a struct did, and Take is its v2 form).
package user

import (
	"example.com/heldout/traggo/user/password"
	"gorm.io/gorm"
)

var createPassword = password.CreatePassword

// ResolverForUser reproduces user/userresolver.go:11.
type ResolverForUser struct {
	DB           *gorm.DB
	PassStrength int
}
