// Package fosite reproduces the part of github.com/ory/fosite that
// pocket-id/pocket-id d258d952b157 backend/internal/oidc/store.go needs.
package fosite

// Client is a minimal stand-in for the upstream declaration of the same name.
// Client is fosite's client interface.
type Client interface {
	GetID() string
}

// ClientMetadataDocument is a minimal stand-in for the upstream declaration of the same name.
// ClientMetadataDocument is fosite's CIMD document type.
type ClientMetadataDocument struct{}
