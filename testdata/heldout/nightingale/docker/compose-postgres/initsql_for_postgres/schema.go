// Package initsql_for_postgres embeds a verbatim excerpt of
// docker/compose-postgres/initsql_for_postgres/a-n9e-for-Postgres.sql.
package initsql_for_postgres

import _ "embed"

//go:embed a-n9e-for-Postgres.excerpt.sql
var AN9eForPostgres string
