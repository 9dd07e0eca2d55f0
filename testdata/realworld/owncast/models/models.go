// Package models is a reduced copy of owncast models.
package models

import "time"

// AuthType is the type of external authentication (models/auth.go).
type AuthType string

const (
	// IndieAuth is the IndieAuth provider.
	IndieAuth AuthType = "indieauth"
	// Fediverse is the Fediverse OTP provider.
	Fediverse AuthType = "fediverse"
	// PluginAuth is the namespace of identities registered by viewer-auth plugins.
	PluginAuth AuthType = "plugin.auth"
)

// LinkedIdentityFields carries the optional linked-identity metadata of an auth row.
type LinkedIdentityFields struct {
	Provider   string
	ProfileURL string
	Handle     string
	Public     bool
}

// User is a reduced models.User.
type User struct {
	CreatedAt       time.Time
	DisabledAt      *time.Time
	NameChangedAt   *time.Time
	AuthenticatedAt *time.Time
	ID              string
	DisplayName     string
	PreviousNames   []string
	Scopes          []string
	DisplayColor    int
	Authenticated   bool
	IsBot           bool
}

// ConfigEntry is the datastore key/value entry.
type ConfigEntry struct {
	Value interface{}
	Key   string
}

// FederatedServer is a reduced models.FederatedServer.
type FederatedServer struct {
	ID           int64
	IRI          string
	FollowStatus string
}
