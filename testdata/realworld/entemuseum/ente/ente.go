// Package ente is a reduced copy of museum's ente package (models and errors
// used by the reproduced controllers and repositories).
package ente

import (
	"errors"
	"net/http"

	"example.com/realworld/entemuseum/third_party/uuid"
)

// App is the client app.
type App string

const (
	Photos App = "photos"
	Auth   App = "auth"
	Locker App = "locker"
)

// User is ente/user.go (reduced).
type User struct {
	ID                 int64
	Email              string
	Name               string
	Hash               string
	CreationTime       int64
	FamilyAdminID      *int64
	IsTwoFactorEnabled *bool
	IsEmailMFAEnabled  *bool
}

// EncryptionResult is ente/crypto.go.
type EncryptionResult struct {
	Cipher []byte
	Nonce  []byte
}

// KeyAttributes is ente/user.go (reduced).
type KeyAttributes struct {
	KEKSalt                           string
	KEKHash                           string
	EncryptedKey                      string
	KeyDecryptionNonce                string
	PublicKey                         string
	EncryptedSecretKey                string
	SecretKeyDecryptionNonce          string
	MemLimit                          int
	OpsLimit                          int
	MasterKeyEncryptedWithRecoveryKey string
	MasterKeyDecryptionNonce          string
	RecoveryKeyEncryptedWithMasterKey string
	RecoveryKeyDecryptionNonce        string
}

// SetUserAttributesRequest is ente/user.go.
type SetUserAttributesRequest struct {
	KeyAttributes KeyAttributes `json:"keyAttributes" binding:"required"`
}

// SetRecoveryKeyRequest is ente/user.go.
type SetRecoveryKeyRequest struct {
	MasterKeyEncryptedWithRecoveryKey string
	MasterKeyDecryptionNonce          string
	RecoveryKeyEncryptedWithMasterKey string
	RecoveryKeyDecryptionNonce        string
}

// EmailVerificationRequest is ente/user.go.
type EmailVerificationRequest struct {
	Email  string  `json:"email"`
	OTT    string  `json:"ott"`
	Source *string `json:"source"`
}

// EmailAuthorizationResponse is ente/user.go (reduced).
type EmailAuthorizationResponse struct {
	ID            int64          `json:"id"`
	Token         string         `json:"token,omitempty"`
	KeyAttributes *KeyAttributes `json:"keyAttributes,omitempty"`
	SrpM2         *string        `json:"srpM2,omitempty"`
}

// Subscription is ente/billing.go (reduced).
type Subscription struct {
	ID     int64
	UserID int64
}

// SRPAuthEntity is ente/srp.go.
type SRPAuthEntity struct {
	UserID    int64
	SRPUserID uuid.UUID
	Salt      string
	Verifier  string
}

// SRPSetupEntity is ente/srp.go.
type SRPSetupEntity struct {
	ID        uuid.UUID
	SessionID uuid.UUID
	SRPUserID uuid.UUID
	UserID    int64
	Salt      string
	Verifier  string
}

// UpdateKeysRequest is ente/user.go (reduced).
type UpdateKeysRequest struct {
	KEKSalt            string
	EncryptedKey       string
	KeyDecryptionNonce string
	MemLimit           int
	OpsLimit           int
}

// Validate checks the request.
func (u UpdateKeysRequest) Validate() error {
	if u.MemLimit <= 0 || u.OpsLimit <= 0 {
		return ErrBadRequest
	}
	return nil
}

// UpdateSRPAndKeysRequest is ente/srp.go.
type UpdateSRPAndKeysRequest struct {
	SetupID          uuid.UUID
	SRPM1            string
	UpdateAttributes *UpdateKeysRequest
}

// CompleteSRPSetupRequest is ente/srp.go.
type CompleteSRPSetupRequest struct {
	SetupID uuid.UUID
	SRPM1   string
}

// CompleteSRPSetupResponse is ente/srp.go.
type CompleteSRPSetupResponse struct {
	SetupID uuid.UUID
	SRPM2   string
}

// UpdateSRPSetupResponse is ente/srp.go.
type UpdateSRPSetupResponse struct {
	SetupID uuid.UUID
	SRPM2   string
}

// CreateSRPSessionRequest is ente/srp.go.
type CreateSRPSessionRequest struct {
	SRPUserID uuid.UUID
	SRPA      string
}

// CreateSRPSessionResponse is ente/srp.go.
type CreateSRPSessionResponse struct {
	SessionID uuid.UUID
	SRPB      string
}

// CollectionUser is ente/collection.go.
type CollectionUser struct {
	ID int64
}

// Collection is ente/collection.go (reduced).
type Collection struct {
	ID                 int64
	Owner              CollectionUser
	EncryptedKey       string
	KeyDecryptionNonce string
	Name               string
	Type               string
	App                string
	UpdationTime       int64
	IsDeleted          bool
}

// ValidCollectionTypes is ente/collection.go.
var ValidCollectionTypes = []string{"album", "folder", "favorites", "uncategorized"}

// CreatePublicAccessTokenRequest is ente/public_collection.go (reduced).
type CreatePublicAccessTokenRequest struct {
	CollectionID  int64
	ValidTill     int64
	DeviceLimit   int
	EnableCollect bool
	EnableComment bool
	EnableJoin    *bool
}

// PublicURL is ente/public_collection.go (reduced).
type PublicURL struct {
	URL         string
	ValidTill   int64
	DeviceLimit int
}

// MemberStatus is ente/family.go.
type MemberStatus string

const (
	SELF     MemberStatus = "SELF"
	INVITED  MemberStatus = "INVITED"
	ACCEPTED MemberStatus = "ACCEPTED"
)

// LegacyKitRecoveryStatus is ente/legacy_kit.go.
type LegacyKitRecoveryStatus string

const (
	LegacyKitRecoveryStatusWaiting LegacyKitRecoveryStatus = "WAITING"
	LegacyKitRecoveryStatusReady   LegacyKitRecoveryStatus = "READY"
)

// LegacyKitRecoveryInitiator is ente/legacy_kit.go (reduced).
type LegacyKitRecoveryInitiator struct {
	IP string `json:"ip"`
}

// CreateLegacyKitRequest is ente/legacy_kit.go (reduced).
type CreateLegacyKitRequest struct {
	ID                    uuid.UUID
	Variant               int
	NoticePeriodInHours   *int32
	EncryptedRecoveryBlob string
	AuthPublicKey         string
	EncryptedOwnerBlob    string
}

// ApiError is ente/errors.go.
type ApiError struct {
	Code           string
	Message        string
	HttpStatusCode int
}

func (e *ApiError) Error() string { return e.Code + ": " + e.Message }

// Is matches ApiErrors by code (ente/errors.go).
func (e *ApiError) Is(target error) bool {
	t, ok := target.(*ApiError)
	return ok && t.Code == e.Code
}

// NewBadRequestWithMessage is ente/errors.go.
func NewBadRequestWithMessage(message string) *ApiError {
	return &ApiError{Code: "BAD_REQUEST", Message: message, HttpStatusCode: http.StatusBadRequest}
}

// NewConflictError is ente/errors.go.
func NewConflictError(message string) *ApiError {
	return &ApiError{Code: "CONFLICT", Message: message, HttpStatusCode: http.StatusConflict}
}

// NewAlreadyExistsError is ente/errors.go.
func NewAlreadyExistsError(message string) *ApiError {
	return &ApiError{Code: "ALREADY_EXISTS", Message: message, HttpStatusCode: http.StatusConflict}
}

const AuthKeyNotCreated = "AUTH_KEY_NOT_CREATED"

var (
	ErrNotFoundError = ApiError{Code: "NOT_FOUND", HttpStatusCode: http.StatusNotFound}

	ErrPermissionDenied                    = errors.New("permission denied")
	ErrBadRequest                          = errors.New("bad request")
	ErrNotFound                            = errors.New("not found")
	ErrUserDeleted                         = errors.New("user account has been deleted")
	ErrNoActiveSubscription                = errors.New("no active subscription")
	ErrUncategorizeCollectionAlreadyExists = errors.New("uncategorized collection already exists")
	ErrFavoriteCollectionAlreadyExist      = errors.New("favorites collection already exists")
	ErrAccessTokenInUse                    = errors.New("access token is already in use")
	ErrActiveLinkAlreadyExists             = errors.New("active public link already exists")
)
