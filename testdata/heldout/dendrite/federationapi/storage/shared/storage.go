// Package shared reproduces the outbound-peek code of dendrite's
// federationapi/storage/shared/storage.go.
package shared

import (
	"context"
	"database/sql"

	"example.com/heldout/dendrite/federationapi/storage/tables"
	"example.com/heldout/dendrite/federationapi/types"
	"example.com/heldout/dendrite/internal/sqlutil"
	"example.com/heldout/dendrite/third_party/gomatrixserverlib/spec"
)

// Database reproduces federationapi/storage/shared/storage.go:32 (trimmed to the outbound peeks).
type Database struct {
	DB                      *sql.DB
	Writer                  sqlutil.Writer
	FederationOutboundPeeks tables.FederationOutboundPeeks
}

// AddOutboundPeek reproduces federationapi/storage/shared/storage.go:248.
func (d *Database) AddOutboundPeek(
	ctx context.Context,
	serverName spec.ServerName,
	roomID string,
	peekID string,
	renewalInterval int64,
) error {
	return d.Writer.Do(d.DB, nil, func(txn *sql.Tx) error {
		return d.FederationOutboundPeeks.InsertOutboundPeek(ctx, txn, serverName, roomID, peekID, renewalInterval)
	})
}

// RenewOutboundPeek reproduces federationapi/storage/shared/storage.go:260.
func (d *Database) RenewOutboundPeek(
	ctx context.Context,
	serverName spec.ServerName,
	roomID string,
	peekID string,
	renewalInterval int64,
) error {
	return d.Writer.Do(d.DB, nil, func(txn *sql.Tx) error {
		return d.FederationOutboundPeeks.RenewOutboundPeek(ctx, txn, serverName, roomID, peekID, renewalInterval)
	})
}

// GetOutboundPeek reproduces federationapi/storage/shared/storage.go:272.
func (d *Database) GetOutboundPeek(
	ctx context.Context,
	serverName spec.ServerName,
	roomID,
	peekID string,
) (*types.OutboundPeek, error) {
	return d.FederationOutboundPeeks.SelectOutboundPeek(ctx, nil, serverName, roomID, peekID)
}
