// Package timespan reproduces github.com/traggo/server/timespan (timespanresolver.go,
// convert.go, create.go, copy.go, stop.go, update.go, tagcheck.go).
// GORM v1 -> v2: x.Find(&row).RecordNotFound() is written
// errors.Is(x.Take(&row).Error, gorm.ErrRecordNotFound) (v2's Find never reports
// ErrRecordNotFound; v1's Find on a struct did, and Take is its v2 form).
package timespan

import "gorm.io/gorm"

// ResolverForTimeSpan reproduces timespan/timespanresolver.go:6.
type ResolverForTimeSpan struct {
	DB *gorm.DB
}
