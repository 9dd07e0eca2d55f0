// Package tables reproduces userapi/storage/tables/interface.go, trimmed to the
// tables and methods used by the reproduced sites.
package tables

import (
	"context"
	"database/sql"
	"encoding/json"

	clientapi "example.com/heldout/dendrite/clientapi/api"
	"example.com/heldout/dendrite/third_party/gomatrixserverlib/spec"
	"example.com/heldout/dendrite/userapi/api"
)

// RegistrationTokensTable reproduces userapi/storage/tables/interface.go:33 (trimmed).
type RegistrationTokensTable interface {
	RegistrationTokenExists(ctx context.Context, txn *sql.Tx, token string) (bool, error)
	InsertRegistrationToken(ctx context.Context, txn *sql.Tx, registrationToken *clientapi.RegistrationToken) (bool, error)
}

// AccountDataTable reproduces userapi/storage/tables/interface.go:42 (trimmed).
type AccountDataTable interface {
	InsertAccountData(ctx context.Context, txn *sql.Tx, localpart string, serverName spec.ServerName, roomID, dataType string, content json.RawMessage) error
	SelectAccountDataByType(ctx context.Context, localpart string, serverName spec.ServerName, roomID, dataType string) (data json.RawMessage, err error)
}

// AccountsTable reproduces userapi/storage/tables/interface.go:48 (trimmed).
type AccountsTable interface {
	InsertAccount(ctx context.Context, txn *sql.Tx, localpart string, serverName spec.ServerName, hash, appserviceID string, accountType api.AccountType) (*api.Account, error)
	SelectAccountByLocalpart(ctx context.Context, localpart string, serverName spec.ServerName) (*api.Account, error)
	SelectNewNumericLocalpart(ctx context.Context, txn *sql.Tx, serverName spec.ServerName) (id int64, err error)
}

// DevicesTable reproduces userapi/storage/tables/interface.go:57 (trimmed).
type DevicesTable interface {
	InsertDevice(ctx context.Context, txn *sql.Tx, id, localpart string, serverName spec.ServerName, accessToken string, displayName *string, ipAddr, userAgent string) (*api.Device, error)
	InsertDeviceWithSessionID(ctx context.Context, txn *sql.Tx, id, localpart string, serverName spec.ServerName, accessToken string, displayName *string, ipAddr, userAgent string, sessionID int64) (*api.Device, error)
	DeleteDevice(ctx context.Context, txn *sql.Tx, id, localpart string, serverName spec.ServerName) error
	SelectDevicesByLocalpart(ctx context.Context, txn *sql.Tx, localpart string, serverName spec.ServerName, exceptDeviceID string) ([]api.Device, error)
}

// KeyBackupTable reproduces userapi/storage/tables/interface.go:71 (trimmed).
type KeyBackupTable interface {
	CountKeys(ctx context.Context, txn *sql.Tx, userID, version string) (count int64, err error)
	InsertBackupKey(ctx context.Context, txn *sql.Tx, userID, version string, key api.InternalKeyBackupSession) (err error)
	UpdateBackupKey(ctx context.Context, txn *sql.Tx, userID, version string, key api.InternalKeyBackupSession) (err error)
	SelectKeys(ctx context.Context, txn *sql.Tx, userID, version string) (map[string]map[string]api.KeyBackupSession, error)
}

// KeyBackupVersionTable reproduces userapi/storage/tables/interface.go:80 (trimmed).
type KeyBackupVersionTable interface {
	UpdateKeyBackupETag(ctx context.Context, txn *sql.Tx, userID, version, etag string) error
	SelectKeyBackup(ctx context.Context, txn *sql.Tx, userID, version string) (versionResult, algorithm string, authData json.RawMessage, etag string, deleted bool, err error)
}

// ProfileTable reproduces userapi/storage/tables/interface.go:99 (trimmed).
type ProfileTable interface {
	InsertProfile(ctx context.Context, txn *sql.Tx, localpart string, serverName spec.ServerName) error
}

// ThreePIDTable reproduces userapi/storage/tables/interface.go:107 (trimmed).
type ThreePIDTable interface {
	SelectLocalpartForThreePID(ctx context.Context, txn *sql.Tx, threepid string, medium string) (localpart string, serverName spec.ServerName, err error)
	InsertThreePID(ctx context.Context, txn *sql.Tx, threepid, medium, localpart string, serverName spec.ServerName) (err error)
}

// OneTimeKeys reproduces userapi/storage/tables/interface.go:161 (trimmed).
type OneTimeKeys interface {
	SelectOneTimeKeys(ctx context.Context, userID, deviceID string, keyIDsWithAlgorithms []string) (map[string]json.RawMessage, error)
	InsertOneTimeKeys(ctx context.Context, txn *sql.Tx, keys api.OneTimeKeys) (*api.OneTimeKeysCount, error)
}
