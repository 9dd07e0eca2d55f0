// Package userentity is a reduced copy of museum ente/userentity.
package userentity

// EntityType is the type of a user entity (e.g. "location").
type EntityType string

// EntityKeyRequest is the create request of an entity key.
type EntityKeyRequest struct {
	Type         EntityType
	EncryptedKey string
	Header       string
}

// EntityKey is the stored entity key.
type EntityKey struct {
	UserID       int64
	Type         EntityType
	EncryptedKey string
	Header       string
	CreatedAt    int64
}
