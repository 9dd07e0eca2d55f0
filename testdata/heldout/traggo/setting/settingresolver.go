// Package setting reproduces github.com/traggo/server/setting (settingresolver.go,
// get.go, usersettings.go; the enum conversions are trimmed).
// GORM v1 -> v2: x.Find(&row).RecordNotFound() is written
// errors.Is(x.Take(&row).Error, gorm.ErrRecordNotFound) (v2's Find never reports
// ErrRecordNotFound; v1's Find on a struct did, and Take is its v2 form).
package setting

import "gorm.io/gorm"

// ResolverForSettings reproduces setting/settingresolver.go:6.
type ResolverForSettings struct {
	DB *gorm.DB
}
