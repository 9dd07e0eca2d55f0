// Package dbrange reproduces github.com/traggo/server/dashboard/dbrange
// (dbrangeresolver.go, add.go, update.go).
package dbrange

import "gorm.io/gorm"

// ResolverForRange reproduces dashboard/dbrange/dbrangeresolver.go:6.
type ResolverForRange struct {
	DB *gorm.DB
}
