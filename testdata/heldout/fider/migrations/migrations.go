// Package migrations embeds the SQL migrations of github.com/getfider/fider
// (migrations/*.sql, copied verbatim at the catalogued commit). They are run in
// file-name order by dbx.Migrate; each file's version is recorded in
// migrations_history (version BIGINT PRIMARY KEY).
package migrations

import "embed"

//go:embed *.sql
var FS embed.FS
