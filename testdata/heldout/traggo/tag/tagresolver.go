// Package tag reproduces github.com/traggo/server/tag (tagresolver.go, create.go,
// update.go).
// GORM v1 -> v2: x.Find(&row).RecordNotFound() is written
// errors.Is(x.Take(&row).Error, gorm.ErrRecordNotFound) (v2's Find never reports
// ErrRecordNotFound; v1's Find on a struct did, and Take is its v2 form); v1's
// SubQuery() is dropped (v2 takes the *gorm.DB as the subquery).
package tag

import "gorm.io/gorm"

// ResolverForTag reproduces tag/tagresolver.go:6.
type ResolverForTag struct {
	DB *gorm.DB
}
