// Package tables reproduces syncapi/storage/tables/interface.go (Filter only).
package tables

import (
	"context"
	"database/sql"

	"example.com/heldout/dendrite/syncapi/synctypes"
)

// Filter reproduces syncapi/storage/tables/interface.go:182.
type Filter interface {
	SelectFilter(ctx context.Context, txn *sql.Tx, target *synctypes.Filter, localpart string, filterID string) error
	InsertFilter(ctx context.Context, txn *sql.Tx, filter *synctypes.Filter, localpart string) (filterID string, err error)
}
