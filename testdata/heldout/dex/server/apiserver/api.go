// Package apiserver reduces upstream server/apiserver (the gRPC admin API).
package apiserver

import (
	"log/slog"
	"time"

	"example.com/heldout/dex/server/connectors"
	"example.com/heldout/dex/server/tokens"
	"example.com/heldout/dex/storage"
)

// NewAPI returns a server which implements the gRPC API interface.
// Reproduces upstream server/apiserver/api.go (NewAPI, fields reduced).
func NewAPI(s storage.Storage, logger *slog.Logger, conns *connectors.Cache) dexAPI {
	return dexAPI{
		s:          s,
		logger:     logger,
		connectors: conns,
		refresh:    tokens.NewRefreshStore(s, time.Now, logger),
	}
}

// Reproduces upstream server/apiserver/api.go:40.
type dexAPI struct {
	s          storage.Storage
	logger     *slog.Logger
	connectors *connectors.Cache
	refresh    *tokens.RefreshStore
}
