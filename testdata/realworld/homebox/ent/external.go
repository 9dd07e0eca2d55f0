// Package ent reproduces sysadminsmedia/homebox 8222a88de7b4 backend/internal/data/ent (external.go).
package ent

import (
	"database/sql"

	entsql "entgo.io/ent/dialect/sql"
)

// Sql is data/ent/external.go:11: it exposes the underlying database
// connection so that custom queries can be run.
func (c *Client) Sql() *sql.DB {
	return c.driver.(*entsql.Driver).DB()
}
