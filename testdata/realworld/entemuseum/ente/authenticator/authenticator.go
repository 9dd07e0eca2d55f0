// Package authenticator is a reduced copy of museum ente/authenticator.
package authenticator

// Key is the authenticator key of a user.
type Key struct {
	UserID       int64
	EncryptedKey string
	Header       string
	CreatedAt    int64
}

// CreateEntityRequest is the create request of an authenticator entity.
type CreateEntityRequest struct {
	EncryptedData string
	Header        string
}

// Entity is an authenticator entity.
type Entity struct {
	ID            string
	UserID        int64
	EncryptedData *string
	Header        *string
	IsDeleted     bool
	CreatedAt     int64
	UpdatedAt     int64
}
