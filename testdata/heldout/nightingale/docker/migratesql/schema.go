// Package migratesql embeds a verbatim excerpt of docker/migratesql/migrate.sql
// (the v9 AI tables).
package migratesql

import _ "embed"

//go:embed migrate.excerpt.sql
var Migrate string
