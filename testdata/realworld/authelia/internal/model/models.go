package model

import (
	"crypto/sha256"
	"database/sql"
	"fmt"
	"time"

	"example.com/realworld/authelia/third_party/uuid"
)

// NewUserOpaqueIdentifier either creates a new UserOpaqueIdentifier or returns an error.
// upstream internal/model/user_opaque_identifier.go:10
func NewUserOpaqueIdentifier(service, sectorID, username string) (id *UserOpaqueIdentifier, err error) {
	var opaqueID uuid.UUID

	if opaqueID, err = uuid.NewRandom(); err != nil {
		return nil, fmt.Errorf("unable to generate uuid: %w", err)
	}

	return &UserOpaqueIdentifier{
		Service:    service,
		SectorID:   sectorID,
		Username:   username,
		Identifier: opaqueID,
	}, nil
}

// UserOpaqueIdentifier represents an opaque identifier for a user. Commonly used with OAuth 2.0 and OpenID Connect.
// upstream internal/model/user_opaque_identifier.go:26
type UserOpaqueIdentifier struct {
	ID       int    `db:"id" yaml:"-"`
	Service  string `db:"service" yaml:"service" json:"service"`
	SectorID string `db:"sector_id" yaml:"sector_id" json:"sector_id"`
	Username string `db:"username" yaml:"username" json:"username"`

	Identifier uuid.UUID `db:"identifier" yaml:"identifier" json:"identifier"`
}

// WebAuthnUser is an object to represent a user for the WebAuthn lib.
// upstream internal/model/webauthn.go:23
type WebAuthnUser struct {
	ID          int    `db:"id"`
	RPID        string `db:"rpid"`
	Username    string `db:"username"`
	UserID      string `db:"userid"`
	DisplayName string `db:"-"`

	Credentials []WebAuthnCredential `db:"-"`
}

// WebAuthnCredential represents a WebAuthn Credential in the database storage.
// upstream internal/model/webauthn.go:136
type WebAuthnCredential struct {
	ID                int           `db:"id"`
	CreatedAt         time.Time     `db:"created_at"`
	LastUsedAt        sql.NullTime  `db:"last_used_at"`
	RPID              string        `db:"rpid"`
	Username          string        `db:"username"`
	Description       string        `db:"description"`
	KID               Base64        `db:"kid"`
	AAGUID            uuid.NullUUID `db:"aaguid"`
	AttestationType   string        `db:"attestation_type"`
	AttestationFormat string        `db:"attestation_format"`
	Attachment        string        `db:"attachment"`
	Transport         string        `db:"transport"`
	SignCount         uint32        `db:"sign_count"`
	CloneWarning      bool          `db:"clone_warning"`
	Legacy            bool          `db:"legacy"`
	Discoverable      bool          `db:"discoverable"`
	Present           bool          `db:"present"`
	Verified          bool          `db:"verified"`
	BackupEligible    bool          `db:"backup_eligible"`
	BackupState       bool          `db:"backup_state"`
	PublicKey         []byte        `db:"public_key"`
	Attestation       []byte        `db:"attestation"`
}

// TOTPConfiguration represents a users TOTP configuration row in the database.
// upstream internal/model/totp_configuration.go:30
type TOTPConfiguration struct {
	ID         int          `db:"id"`
	CreatedAt  time.Time    `db:"created_at"`
	LastUsedAt sql.NullTime `db:"last_used_at"`
	Username   string       `db:"username"`
	Issuer     string       `db:"issuer"`
	Algorithm  string       `db:"algorithm"`
	Digits     uint32       `db:"digits"`
	Period     uint         `db:"period"`
	Secret     []byte       `db:"secret" json:"-"`
}

// UpdateSignInInfo adjusts the values of the TOTPConfiguration after a sign in.
func (c *TOTPConfiguration) UpdateSignInInfo(now time.Time) {
	c.LastUsedAt = sql.NullTime{Time: now, Valid: true}
}

// DuoDevice represents a DUO Device.
// upstream internal/model/duo_device.go:4
type DuoDevice struct {
	ID       int    `db:"id"`
	Username string `db:"username"`
	Device   string `db:"device"`
	Method   string `db:"method"`
}

// AuthenticationAttempt represents an authentication attempt row in the database.
// upstream internal/model/regulation.go:9
type AuthenticationAttempt struct {
	ID            int       `db:"id"`
	Time          time.Time `db:"time"`
	Successful    bool      `db:"successful"`
	Banned        bool      `db:"banned"`
	Username      string    `db:"username"`
	Type          string    `db:"auth_type"`
	RemoteIP      NullIP    `db:"remote_ip"`
	RequestURI    string    `db:"request_uri"`
	RequestMethod string    `db:"request_method"`
}

// RegulationRecord represents an authentication attempt record used by the regulator.
type RegulationRecord struct {
	Time       time.Time `db:"time"`
	Successful bool      `db:"successful"`
}

// BannedUser represents a banned user row in the storage provider.
// upstream internal/model/regulation.go:28
type BannedUser struct {
	ID       int            `db:"id"`
	Time     time.Time      `db:"time"`
	Expires  sql.NullTime   `db:"expires"`
	Expired  sql.NullTime   `db:"expired"`
	Revoked  bool           `db:"revoked"`
	Username string         `db:"username"`
	Source   string         `db:"source"`
	Reason   sql.NullString `db:"reason"`
}

// BannedIP represents a banned IP row in the storage provider.
// upstream internal/model/regulation.go:40
type BannedIP struct {
	ID      int            `db:"id"`
	Time    time.Time      `db:"time"`
	Expires sql.NullTime   `db:"expires"`
	Expired sql.NullTime   `db:"expired"`
	Revoked bool           `db:"revoked"`
	IP      IP             `db:"ip"`
	Source  string         `db:"source"`
	Reason  sql.NullString `db:"reason"`
}

// NewOAuth2BlacklistedJTI creates a new OAuth2BlacklistedJTI.
// upstream internal/model/oidc.go:47
func NewOAuth2BlacklistedJTI(jti string, exp time.Time) (jtiBlacklist OAuth2BlacklistedJTI) {
	return OAuth2BlacklistedJTI{
		Signature: fmt.Sprintf("%x", sha256.Sum256([]byte(jti))),
		ExpiresAt: exp,
	}
}

// OAuth2BlacklistedJTI represents a blacklisted JTI used with OAuth2.0.
// upstream internal/model/oidc.go:385
type OAuth2BlacklistedJTI struct {
	ID        int       `db:"id"`
	Signature string    `db:"signature"`
	ExpiresAt time.Time `db:"expires_at"`
}

// OAuth2PushedAuthorizationSession holds relevant information about a Pushed Authorization Request in order to process the authorization.
// upstream internal/model/oidc.go:546 (pipe-delimited slices kept as strings)
type OAuth2PushedAuthorizationSession struct {
	ID                   int       `db:"id"`
	Signature            string    `db:"signature"`
	RequestID            string    `db:"request_id"`
	ClientID             string    `db:"client_id"`
	RequestedAt          time.Time `db:"requested_at"`
	Scopes               string    `db:"scopes"`
	Audience             string    `db:"audience"`
	HandledResponseTypes string    `db:"handled_response_types"`
	ResponseMode         string    `db:"response_mode"`
	DefaultResponseMode  string    `db:"response_mode_default"`
	Revoked              bool      `db:"revoked"`
	Form                 string    `db:"form_data"`
	Session              []byte    `db:"session_data"`
}

// CachedData represents a cached data row in the storage provider.
// upstream internal/model/cached_data.go:6
type CachedData struct {
	ID        int       `db:"id"`
	Created   time.Time `db:"created_at"`
	Updated   time.Time `db:"updated_at"`
	Name      string    `db:"name"`
	Encrypted bool      `db:"encrypted"`
	Value     []byte    `db:"value"`
}

// OneTimeCode represents special one-time codes stored in the database.
// upstream internal/model/one_time_code.go:48
type OneTimeCode struct {
	ID         int          `db:"id"`
	PublicID   uuid.UUID    `db:"public_id"`
	Signature  string       `db:"signature"`
	IssuedAt   time.Time    `db:"issued"`
	IssuedIP   IP           `db:"issued_ip"`
	ExpiresAt  time.Time    `db:"expires"`
	Username   string       `db:"username"`
	Intent     string       `db:"intent"`
	ConsumedAt sql.NullTime `db:"consumed"`
	ConsumedIP NullIP       `db:"consumed_ip"`
	RevokedAt  sql.NullTime `db:"revoked"`
	RevokedIP  NullIP       `db:"revoked_ip"`
	Code       []byte       `db:"code"`
}

// OTCIntentUserSessionElevation is the intent of a session elevation One-Time Code.
const OTCIntentUserSessionElevation = "use"

// IdentityVerification represents an identity verification row in the database.
// upstream internal/model/identity_verification.go:26
type IdentityVerification struct {
	ID         int          `db:"id"`
	JTI        uuid.UUID    `db:"jti"`
	IssuedAt   time.Time    `db:"iat"`
	IssuedIP   IP           `db:"issued_ip"`
	ExpiresAt  time.Time    `db:"exp"`
	Action     string       `db:"action"`
	Username   string       `db:"username"`
	ConsumedAt sql.NullTime `db:"consumed"`
	ConsumedIP NullIP       `db:"consumed_ip"`
	RevokedAt  sql.NullTime `db:"revoked"`
	RevokedIP  NullIP       `db:"revoked_ip"`
}

// Migration represents a migration row in the database.
// upstream internal/model/migration.go:8
type Migration struct {
	ID      int       `db:"id"`
	Applied time.Time `db:"applied"`
	Before  int       `db:"version_before"`
	After   int       `db:"version_after"`
	Version string    `db:"application_version"`
}

// SchemaMigration represents an intended migration.
type SchemaMigration struct {
	Version  int
	Name     string
	Provider string
	Up       bool
	Query    string
}

// Before returns the version the schema should be at Before the migration is applied.
func (m SchemaMigration) Before() (before int) {
	if m.Up {
		return m.Version - 1
	}

	return m.Version
}

// After returns the version the schema will be at After the migration is applied.
func (m SchemaMigration) After() (after int) {
	if m.Up {
		return m.Version
	}

	return m.Version - 1
}

// NotEmpty returns true if the SchemaMigration is not an empty string.
func (m SchemaMigration) NotEmpty() bool {
	return len(m.Query) != 0
}
