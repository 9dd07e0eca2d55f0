//go:build tools

// The golden replay copies the GORM golden cases into this module; the
// gorm.io/gen case's generated query package needs these, and the xorm
// flavor's harness needs xorm.
package e2e

import (
	_ "gorm.io/gen"
	_ "gorm.io/gen/field"
	_ "gorm.io/plugin/dbresolver"
	_ "xorm.io/xorm"
	_ "xorm.io/xorm/contexts"
	_ "xorm.io/xorm/log"
	_ "xorm.io/xorm/names"
)
