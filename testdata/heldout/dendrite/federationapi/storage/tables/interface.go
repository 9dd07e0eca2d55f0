// Package tables reproduces federationapi/storage/tables/interface.go
// (FederationOutboundPeeks only, trimmed).
package tables

import (
	"context"
	"database/sql"

	"example.com/heldout/dendrite/federationapi/types"
	"example.com/heldout/dendrite/third_party/gomatrixserverlib/spec"
)

// FederationOutboundPeeks reproduces federationapi/storage/tables/interface.go:97 (trimmed).
type FederationOutboundPeeks interface {
	InsertOutboundPeek(ctx context.Context, txn *sql.Tx, serverName spec.ServerName, roomID, peekID string, renewalInterval int64) (err error)
	RenewOutboundPeek(ctx context.Context, txn *sql.Tx, serverName spec.ServerName, roomID, peekID string, renewalInterval int64) (err error)
	SelectOutboundPeek(ctx context.Context, txn *sql.Tx, serverName spec.ServerName, roomID, peekID string) (outboundPeek *types.OutboundPeek, err error)
}
