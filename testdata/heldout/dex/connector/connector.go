// Package connector reduces upstream connector/connector.go to the types the
// reproduced server code uses.
package connector

import "context"

// Connector is a mechanism for federating login to a remote identity service.
type Connector interface{}

// Scopes represents additional data requested by the clients about the end user.
type Scopes struct {
	OfflineAccess bool
	Groups        bool
}

// Identity represents the ID Token claims supported by the server.
type Identity struct {
	UserID            string
	Username          string
	PreferredUsername string
	Email             string
	EmailVerified     bool
	Groups            []string
	ConnectorData     []byte
}

// RefreshConnector is a connector that can update the client claims.
type RefreshConnector interface {
	Refresh(ctx context.Context, s Scopes, identity Identity) (Identity, error)
}
