// Package sql holds the migrations of convoy's sql/ directory (copied
// verbatim, rubenv/sql-migrate format) that create the tables and the unique
// keys the catalogued sites touch. See CATALOGUE.md for which file:line
// gives which key.
package sql

import "embed"

//go:embed *.sql
var Migrations embed.FS
