//go:build tools

// The golden replay copies the GORM golden cases into this module; the
// gorm.io/gen case's generated query package needs these, and the xorm
// flavor's harness needs xorm, the SQL flavor's sqlx and pgx's pool, and the bun flavor bun and its dialects.
package e2e

import (
	_ "github.com/jackc/pgx/v5/pgxpool"
	_ "github.com/jmoiron/sqlx"
	_ "github.com/uptrace/bun"
	_ "github.com/uptrace/bun/dialect/mysqldialect"
	_ "github.com/uptrace/bun/dialect/pgdialect"
	_ "github.com/uptrace/bun/dialect/sqlitedialect"
	_ "gorm.io/gen"
	_ "gorm.io/gen/field"
	_ "gorm.io/plugin/dbresolver"
	_ "xorm.io/xorm"
	_ "xorm.io/xorm/contexts"
	_ "xorm.io/xorm/log"
	_ "xorm.io/xorm/names"
)
