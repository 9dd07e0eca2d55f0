package db

// WebAuthnCredential reproduces internal/db/webauth_credential.go:10 (schema
// only; no site uses its functions).
type WebAuthnCredential struct {
	ID                 uint `gorm:"primaryKey"`
	Name               string
	UserID             uint
	User               User
	CredentialID       binaryData `gorm:"type:binary_data"`
	PublicKey          binaryData `gorm:"type:binary_data"`
	AttestationType    string
	AAGUID             binaryData `gorm:"type:binary_data"`
	SignCount          uint32
	CloneWarning       bool
	FlagUserPresent    bool
	FlagUserVerified   bool
	FlagBackupEligible bool
	FlagBackupState    bool
	CreatedAt          int64
	LastUsedAt         int64
}

// TableName reproduces internal/db/webauth_credential.go:29.
func (*WebAuthnCredential) TableName() string {
	return "webauthn"
}
