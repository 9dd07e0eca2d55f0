// Package device reproduces github.com/traggo/server/device (deviceresolver.go,
// create.go, update.go).
// GORM v1 -> v2: x.Find(&row).RecordNotFound() is written
// errors.Is(x.Take(&row).Error, gorm.ErrRecordNotFound) (v2's Find never reports
// ErrRecordNotFound; v1's Find on a struct did, and Take is its v2 form).
package device

import "gorm.io/gorm"

// ResolverForDevice reproduces device/deviceresolver.go:6.
type ResolverForDevice struct {
	DB *gorm.DB
}
