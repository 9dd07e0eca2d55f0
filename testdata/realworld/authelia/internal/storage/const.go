// Package storage is a reduced copy of upstream internal/storage: the SQL
// provider (sqlx, PostgreSQL/MySQL/SQLite backends; PostgreSQL reproduced),
// its query constants and the methods the catalogued sites call.
package storage

// upstream internal/storage/const.go:7
const (
	tableAuthenticationLogs   = "authentication_logs"
	tableBannedUser           = "banned_user"
	tableBannedIP             = "banned_ip"
	tableCachedData           = "cached_data"
	tableDuoDevices           = "duo_devices"
	tableIdentityVerification = "identity_verification"
	tableOneTimeCode          = "one_time_code"
	tableTOTPConfigurations   = "totp_configurations"
	tableTOTPHistory          = "totp_history"
	tableUserOpaqueIdentifier = "user_opaque_identifier"
	tableUserPreferences      = "user_preferences"
	tableWebAuthnCredentials  = "webauthn_credentials" //nolint:gosec // This is a table name, not a credential.
	tableWebAuthnUsers        = "webauthn_users"

	tableOAuth2BlacklistedJTI = "oauth2_blacklisted_jti"
	tableOAuth2PARContext     = "oauth2_par_context"

	tableMigrations = "migrations"
	tableEncryption = "encryption"
)

const (
	tableAADPushedAuthorizationRequestSession = "oauth2_pushed_authorization_session"
)

const (
	columnSessionData = "session_data"
	columnValue       = "value"
	columnCode        = "code"
	columnSecret      = "secret"
)

const (
	pathMigrations   = "migrations"
	providerMySQL    = "mysql"
	providerPostgres = "postgres"
	providerSQLite   = "sqlite"
)

const (
	keyTypeCryptographyEnc  = "enc"
	keyTypeCryptographyHMAC = "hmac"

	fmtNameKeyHMAC = "hmac_key_%s"
	fmtNameKeyEnc  = "enc_key_%s"
)

const (
	// SchemaLatest represents the value expected for a "migrate to latest" migration. It's the maximum 32bit signed integer.
	SchemaLatest = 2147483647
)

type ctxKey int

const (
	ctxKeyTransaction ctxKey = iota
	ctxKeyConnection
)

const (
	hmacNameOneTimeCode     = "otc"
	hmacNameOneTimePassword = "otp"
)

const (
	logFmtErrClosingConn    = "Error occurred closing SQL connection: %v"
	logFmtMigrationFromTo   = "Storage schema migration from %s to %s is being attempted"
	logFmtMigrationComplete = "Storage schema migration from %s to %s is complete"
	errFmtFailedMigration   = "schema migration %d (%s) failed: %w"
)

const (
	queryFmtPostgreSQLLockTable = `LOCK TABLE %s IN %s MODE;`
)
