// Package shared reproduces the filter code of dendrite's syncapi/storage/shared.
package shared

import (
	"context"
	"database/sql"

	"example.com/heldout/dendrite/internal/sqlutil"
	"example.com/heldout/dendrite/syncapi/storage/tables"
	"example.com/heldout/dendrite/syncapi/synctypes"
)

// Database reproduces syncapi/storage/shared/storage_consumer.go:42 (trimmed to the filter table).
// Database is a temporary struct until we have made syncserver.go the same for both pq/sqlite
// For now this contains the shared functions
type Database struct {
	DB     *sql.DB
	Writer sqlutil.Writer
	Filter tables.Filter
}

// GetFilter reproduces syncapi/storage/shared/storage_consumer.go:342.
func (d *Database) GetFilter(
	ctx context.Context, target *synctypes.Filter, localpart string, filterID string,
) error {
	return d.Filter.SelectFilter(ctx, nil, target, localpart, filterID)
}

// PutFilter reproduces syncapi/storage/shared/storage_consumer.go:348.
func (d *Database) PutFilter(
	ctx context.Context, localpart string, filter *synctypes.Filter,
) (string, error) {
	var filterID string
	var err error
	err = d.Writer.Do(d.DB, nil, func(txn *sql.Tx) error {
		filterID, err = d.Filter.InsertFilter(ctx, txn, filter, localpart)
		return err
	})
	return filterID, err
}
