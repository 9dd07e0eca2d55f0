// Package domain reproduces h44z/wg-portal c800e7dd343b internal/domain.
package domain

import (
	"slices"
	"time"
)

const (
	UserSourceLdap     UserSource = "ldap"  // LDAP / ActiveDirectory
	UserSourceDatabase UserSource = "db"    // sqlite / mysql database
	UserSourceOauth    UserSource = "oauth" // oauth / open id connect
)

// UserIdentifier reproduces internal/domain/user.go:24.
type UserIdentifier string

// UserSource reproduces internal/domain/user.go:26.
type UserSource string

// UserAuthentication reproduces internal/domain/user.go:28.
type UserAuthentication struct {
	BaseModel

	UserIdentifier UserIdentifier `gorm:"primaryKey;column:user_identifier"` // sAMAccountName, sub, etc.
	Source         UserSource     `gorm:"primaryKey;column:source"`
	ProviderName   string         `gorm:"primaryKey;column:provider_name"`
}

// User reproduces internal/domain/user.go:37.
type User struct {
	BaseModel

	// required fields
	Identifier   UserIdentifier `gorm:"primaryKey;column:identifier"`
	Email        string         `form:"email" binding:"required,email"`
	Source       UserSource     // deprecated: moved to Authentications.Source
	ProviderName string         // deprecated: moved to Authentications.ProviderName
	IsAdmin      bool

	// authentication sources
	Authentications []UserAuthentication `gorm:"foreignKey:user_identifier"`
	// synchronization behavior
	PersistLocalChanges bool `gorm:"column:persist_local_changes"`

	// optional fields
	Firstname  string `form:"firstname" binding:"omitempty"`
	Lastname   string `form:"lastname" binding:"omitempty"`
	Phone      string `form:"phone" binding:"omitempty"`
	Department string `form:"department" binding:"omitempty"`
	Notes      string `form:"notes" binding:"omitempty"`

	// optional, integrated password authentication
	Password       PrivateString `form:"password" binding:"omitempty"`
	Disabled       *time.Time    `gorm:"index;column:disabled"` // if this field is set, the user is disabled (WireGuard peers are disabled as well)
	DisabledReason string        // the reason why the user has been disabled
	Locked         *time.Time    `gorm:"index;column:locked"` // if this field is set, the user is locked and can no longer login (WireGuard peers still can connect)
	LockedReason   string        // the reason why the user has been locked

	// Passwordless authentication
	WebAuthnId             string                   `gorm:"column:webauthn_id"`         // the webauthn id of the user, used for webauthn authentication
	WebAuthnCredentialList []UserWebauthnCredential `gorm:"foreignKey:user_identifier"` // the webauthn credentials of the user, used for webauthn authentication

	// API token for REST API access
	ApiToken        string `form:"api_token" binding:"omitempty" gorm:"serializer:encstr"`
	ApiTokenCreated *time.Time

	LinkedPeerCount int `gorm:"-"`
}

// IsDisabled reproduces internal/domain/user.go:79.
func (u *User) IsDisabled() bool {
	return u.Disabled != nil
}

// IsLocked reproduces internal/domain/user.go:84.
func (u *User) IsLocked() bool {
	return u.Locked != nil
}

// CheckPassword reproduces internal/domain/user.go:153 (bcrypt trimmed).
func (u *User) CheckPassword(password string) error {
	if string(u.Password) != password {
		return ErrInvalidData
	}
	return nil
}

// HashPassword reproduces internal/domain/user.go:187 (bcrypt trimmed).
func (u *User) HashPassword() error {
	if u.Password == "" {
		return nil // nothing to hash
	}

	return nil
}

// CopyCalculatedAttributes reproduces internal/domain/user.go:205.
func (u *User) CopyCalculatedAttributes(src *User, withAuthentications bool) {
	u.BaseModel = src.BaseModel
	u.LinkedPeerCount = src.LinkedPeerCount
	if withAuthentications {
		u.Authentications = src.Authentications
		u.WebAuthnId = src.WebAuthnId
		u.WebAuthnCredentialList = src.WebAuthnCredentialList
	}
}

// MergeAuthSources reproduces internal/domain/user.go:244.
func (u *User) MergeAuthSources(extSources ...UserAuthentication) {
	for _, src := range extSources {
		if !slices.Contains(u.Authentications, src) {
			u.Authentications = append(u.Authentications, src)
		}
	}
}

// CreateDefaultPeers reproduces internal/domain/user.go:274.
func (u *User) CreateDefaultPeers() bool {
	if u.IsDisabled() {
		return false
	}
	if u.IsLocked() {
		return false
	}

	return true
}

// UserWebauthnCredential reproduces internal/domain/user.go:384.
type UserWebauthnCredential struct {
	UserIdentifier       string    `gorm:"primaryKey;column:user_identifier"`                   // the user identifier
	CredentialIdentifier string    `gorm:"primaryKey;uniqueIndex;column:credential_identifier"` // base64 encoded credential id
	CreatedAt            time.Time `gorm:"column:created_at"`                                   // the time when the credential was created
	DisplayName          string    `gorm:"column:display_name"`                                 // the display name of the credential
	SerializedCredential string    `gorm:"column:serialized_credential"`                        // JSON and base64 encoded credential
}
