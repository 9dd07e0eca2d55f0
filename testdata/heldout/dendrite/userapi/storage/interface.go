// Package storage reproduces userapi/storage/interface.go, trimmed to the
// methods used by the reproduced sites.
package storage

import (
	"context"
	"encoding/json"

	clientapi "example.com/heldout/dendrite/clientapi/api"
	"example.com/heldout/dendrite/internal/pushrules"
	"example.com/heldout/dendrite/third_party/gomatrixserverlib/spec"
	"example.com/heldout/dendrite/userapi/api"
)

// RegistrationTokens reproduces userapi/storage/interface.go RegistrationTokens (trimmed).
type RegistrationTokens interface {
	RegistrationTokenExists(ctx context.Context, token string) (bool, error)
	InsertRegistrationToken(ctx context.Context, registrationToken *clientapi.RegistrationToken) (bool, error)
}

// Account reproduces userapi/storage/interface.go Account (trimmed).
type Account interface {
	// CreateAccount makes a new account with the given login name and password, and creates an empty profile
	// for this account. If no password is supplied, the account will be a passwordless account. If the
	// account already exists, it will return nil, ErrUserExists.
	CreateAccount(ctx context.Context, localpart string, serverName spec.ServerName, plaintextPassword string, appserviceID string, accountType api.AccountType) (*api.Account, error)
	CheckAccountAvailability(ctx context.Context, localpart string, serverName spec.ServerName) (bool, error)
	QueryPushRules(ctx context.Context, localpart string, serverName spec.ServerName) (*pushrules.AccountRuleSets, error)
}

// ThreePID reproduces userapi/storage/interface.go ThreePID (trimmed).
type ThreePID interface {
	SaveThreePIDAssociation(ctx context.Context, threepid, localpart string, serverName spec.ServerName, medium string) (err error)
}

// KeyBackup reproduces userapi/storage/interface.go KeyBackup (trimmed).
type KeyBackup interface {
	UpsertBackupKeys(ctx context.Context, version, userID string, uploads []api.InternalKeyBackupSession) (count int64, etag string, err error)
}

// Device reproduces userapi/storage/interface.go Device (trimmed).
type Device interface {
	// CreateDevice makes a new device associated with the given user ID localpart.
	// If there is already a device with the same device ID for this user, that access token will be revoked
	// and replaced with the given accessToken. If the given accessToken is already in use for another device,
	// an error will be returned.
	// If no device ID is given one is generated.
	// Returns the device on success.
	CreateDevice(ctx context.Context, localpart string, serverName spec.ServerName, deviceID *string, accessToken string, displayName *string, ipAddr, userAgent string) (dev *api.Device, returnErr error)
}

// UserDatabase reproduces userapi/storage/interface.go UserDatabase (trimmed).
type UserDatabase interface {
	Account
	Device
	KeyBackup
	RegistrationTokens
	ThreePID
}

// KeyDatabase reproduces userapi/storage/interface.go KeyDatabase (trimmed).
type KeyDatabase interface {
	// ExistingOneTimeKeys returns a map of keyIDWithAlgorithm to key JSON for the given parameters. If no keys exist with this combination
	// of user/device/key/algorithm 4-uple then it is omitted from the map. Returns an error when failing to communicate with the database.
	ExistingOneTimeKeys(ctx context.Context, userID, deviceID string, keyIDsWithAlgorithms []string) (map[string]json.RawMessage, error)

	// StoreOneTimeKeys persists the given one-time keys.
	StoreOneTimeKeys(ctx context.Context, keys api.OneTimeKeys) (*api.OneTimeKeysCount, error)
}
