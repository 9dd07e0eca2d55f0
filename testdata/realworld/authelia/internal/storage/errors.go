package storage

import "errors"

// upstream internal/storage/errors.go
var (
	// ErrNoTOTPConfiguration error thrown when no TOTP configuration has been found in DB.
	ErrNoTOTPConfiguration = errors.New("no TOTP configuration for user")

	// ErrNoWebAuthnCredential error thrown when no WebAuthn credential handle has been found in DB.
	ErrNoWebAuthnCredential = errors.New("no WebAuthn credential found")

	// ErrNoDuoDevice error thrown when no Duo device and method has been found in DB.
	ErrNoDuoDevice = errors.New("no Duo device and method saved")

	// ErrMigrateCurrentVersionSameAsTarget is returned when the target version is the same as the current.
	ErrMigrateCurrentVersionSameAsTarget = errors.New("current version is same as migration target, no action being taken")

	// ErrSchemaAlreadyUpToDate is returned when the schema is already up to date.
	ErrSchemaAlreadyUpToDate = errors.New("schema already up to date")

	// ErrNoMigrationsFound is returned when no migrations were found.
	ErrNoMigrationsFound = errors.New("no schema migrations found")

	// ErrNoRowsAffected is returned when an update affected no rows.
	ErrNoRowsAffected = errors.New("no rows affected")

	// ErrMultipleRowsAffected is returned when an update affected more than one row.
	ErrMultipleRowsAffected = errors.New("multiple rows affected")
)
