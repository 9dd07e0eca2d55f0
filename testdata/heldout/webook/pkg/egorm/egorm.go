// Package egorm is a stand-in for github.com/ego-component/egorm (v1.1.4),
// the ego wrapper around GORM that webook uses for every DAO. Upstream
// (component.go) declares `type Component = gorm.DB` and
// `ErrRecordNotFound = gorm.ErrRecordNotFound`, so every call made on an
// *egorm.Component is a gorm.io/gorm call; only those two declarations are
// reproduced.
package egorm

import "gorm.io/gorm"

// ErrRecordNotFound reproduces egorm's alias of gorm.ErrRecordNotFound.
var ErrRecordNotFound = gorm.ErrRecordNotFound

// Component reproduces `type Component = gorm.DB` (a type alias).
type Component = gorm.DB
