//go:build tools

// The golden replay copies the GORM golden cases into this module; the
// gorm.io/gen case's generated query package needs these, and the xorm
// flavor's harness needs xorm, and the SQL flavor's sqlx and pgx's pool.
package e2e

import (
	_ "github.com/jackc/pgx/v5/pgxpool"
	_ "github.com/jmoiron/sqlx"
	_ "gorm.io/gen"
	_ "gorm.io/gen/field"
	_ "gorm.io/plugin/dbresolver"
	_ "xorm.io/xorm"
	_ "xorm.io/xorm/contexts"
	_ "xorm.io/xorm/log"
	_ "xorm.io/xorm/names"
)
