// Package initsql embeds a verbatim excerpt of docker/initsql/a-n9e.sql, the
// MySQL schema nightingale ships (the tables of the catalogued sites).
package initsql

import _ "embed"

//go:embed a-n9e.excerpt.sql
var AN9e string
