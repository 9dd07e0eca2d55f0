// Package entry reproduces github.com/traggo/server/dashboard/entry
// (dbentryresolver.go, add.go, update.go, tagcheck.go).
package entry

import "gorm.io/gorm"

// ResolverForEntry reproduces dashboard/entry/dbentryresolver.go:6.
type ResolverForEntry struct {
	DB *gorm.DB
}
