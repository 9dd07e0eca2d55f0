// Package coderd reproduces the enterprise/coderd handlers of the
// catalogued sites.
package coderd

import (
	agpl "example.com/realworld/coder/coderd"
	"example.com/realworld/coder/coderd/database"
	"example.com/realworld/coder/coderd/idpsync"
	"example.com/realworld/coder/third_party/slog"
)

// API is the enterprise API (enterprise/coderd/coderd.go, reduced). It
// embeds the AGPL API; Database is the same dbauthz-wrapped Store.
type API struct {
	AGPL     *agpl.API
	Database database.Store
	Logger   slog.Logger
	IDPSync  idpsync.IDPSync
	// SCIMAPIKey is the shared bearer token of the SCIM endpoints.
	SCIMAPIKey []byte
}
