// Package initsql embeds the schema the database's container loads.
package initsql

import _ "embed"

//go:embed schema.sql
var Schema string
