//go:build tools

// The golden replay copies the GORM golden cases into this module; the
// gorm.io/gen case's generated query package needs these.
package e2e

import (
	_ "gorm.io/gen"
	_ "gorm.io/gen/field"
	_ "gorm.io/plugin/dbresolver"
)
