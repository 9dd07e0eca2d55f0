package storage

// Query constants copied verbatim from upstream internal/storage/sql_provider_queries.go
// (only the ones the reproduced methods use; the upstream line of each is noted).

const (
	// upstream sql_provider_queries.go:8
	queryFmtSelectLatestMigration = `
		SELECT id, applied, version_before, version_after, application_version
		FROM %s
		ORDER BY id DESC
		LIMIT 1;`

	// upstream sql_provider_queries.go:14
	queryFmtInsertMigration = `
		INSERT INTO %s (applied, version_before, version_after, application_version)
		VALUES (?, ?, ?, ?);`

	// upstream sql_provider_queries.go:25
	queryPostgreSelectExistingTables = `
		SELECT table_name
		FROM information_schema.tables
		WHERE table_type = 'BASE TABLE' AND table_schema = $1;`

	// upstream sql_provider_queries.go:42
	queryFmtSelectPreferred2FAMethod = `
		SELECT second_factor_method
		FROM %s
		WHERE username = ?;`

	// upstream sql_provider_queries.go:47
	queryFmtUpsertPreferred2FAMethod = `
		REPLACE INTO %s (username, second_factor_method)
		VALUES (?, ?);`

	// upstream sql_provider_queries.go:51
	queryFmtUpsertPreferred2FAMethodPostgreSQL = `
		INSERT INTO %s (username, second_factor_method)
		VALUES ($1, $2)
			ON CONFLICT (username)
			DO UPDATE SET second_factor_method = $2;`

	// upstream sql_provider_queries.go:59
	queryFmtSelectIdentityVerification = `
		SELECT id, jti, iat, issued_ip, exp, username, action, consumed, consumed_ip, revoked, revoked_ip
		FROM %s
		WHERE jti = ?;`

	// upstream sql_provider_queries.go:68
	queryFmtConsumeIdentityVerification = `
		UPDATE %s
		SET consumed = ?, consumed_ip = ?
		WHERE jti = ? AND consumed IS NULL AND consumed_ip IS NULL;`

	// upstream sql_provider_queries.go:80
	queryFmtSelectOTCBySignatureAndUsername = `
		SELECT id, public_id, signature, issued, issued_ip, expires, username, intent, consumed, consumed_ip, revoked, revoked_ip, code
		FROM %s
		WHERE signature = ? AND username = ?;`

	// upstream sql_provider_queries.go:104
	queryFmtConsumeOTC = `
		UPDATE %s
		SET consumed = ?, consumed_ip = ?
		WHERE signature = ? AND consumed IS NULL AND revoked IS NULL;`

	// upstream sql_provider_queries.go:125
	queryFmtSelectTOTPConfiguration = `
		SELECT id, created_at, last_used_at, username, issuer, algorithm, digits, period, secret
		FROM %s
		WHERE username = ?;`

	// upstream sql_provider_queries.go:136
	queryFmtUpsertTOTPConfiguration = `
		REPLACE INTO %s (created_at, last_used_at, username, issuer, algorithm, digits, period, secret)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?);`

	// upstream sql_provider_queries.go:140
	queryFmtUpsertTOTPConfigurationPostgreSQL = `
		INSERT INTO %s (created_at, last_used_at, username, issuer, algorithm, digits, period, secret)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
			ON CONFLICT (username)
			DO UPDATE SET created_at = $1, last_used_at = $2, issuer = $4, algorithm = $5, digits = $6, period = $7, secret = $8;`

	// upstream sql_provider_queries.go:156
	queryFmtDeleteTOTPConfiguration = `
		DELETE FROM %s
		WHERE username = ?;`

	// upstream sql_provider_queries.go:171
	queryFmtInsertTOTPHistory = `
		INSERT INTO %s (username, step)
		VALUES (?, ?);`

	// upstream sql_provider_queries.go:175
	queryFmtSelectTOTPHistory = `
		SELECT COUNT(id)
		FROM %s
		WHERE username = ? AND step = ?;`

	// upstream sql_provider_queries.go:189
	queryFmtSelectWebAuthnCredentialsByUsername = `
		SELECT id, created_at, last_used_at, rpid, username, description, kid, aaguid, attestation_type, attestation_format, attachment, transport, sign_count, clone_warning, legacy, discoverable, present, verified, backup_eligible, backup_state, public_key, attestation
		FROM %s
		WHERE username = ? AND (? = FALSE OR discoverable = TRUE);`

	// upstream sql_provider_queries.go:194
	queryFmtSelectWebAuthnCredentialsByRPIDByUsername = `
		SELECT id, created_at, last_used_at, rpid, username, description, kid, aaguid, attestation_type, attestation_format, attachment, transport, sign_count, clone_warning, legacy, discoverable, present, verified, backup_eligible, backup_state, public_key, attestation
		FROM %s
		WHERE rpid = ? AND username = ? AND (? = FALSE OR discoverable = TRUE);`

	// upstream sql_provider_queries.go:217
	queryFmtInsertWebAuthnCredential = `
		INSERT INTO %s (created_at, last_used_at, rpid, username, description, kid, aaguid, attestation_type, attestation_format, attachment, transport, sign_count, clone_warning, legacy, discoverable, present, verified, backup_eligible, backup_state, public_key, attestation)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);`

	// upstream sql_provider_queries.go:244
	queryFmtInsertWebAuthnUser = `
		INSERT INTO %s (rpid, username, userid)
		VALUES (?, ?, ?);`

	// upstream sql_provider_queries.go:248
	queryFmtSelectWebAuthnUser = `
		SELECT id, rpid, username, userid
		FROM %s
		WHERE rpid = ? AND username = ?;`

	// upstream sql_provider_queries.go:260
	queryFmtUpsertDuoDevice = `
		REPLACE INTO %s (username, device, method)
		VALUES (?, ?, ?);`

	// upstream sql_provider_queries.go:264
	queryFmtUpsertDuoDevicePostgreSQL = `
		INSERT INTO %s (username, device, method)
		VALUES ($1, $2, $3)
			ON CONFLICT (username)
			DO UPDATE SET device = $2, method = $3;`

	// upstream sql_provider_queries.go:275
	queryFmtSelectDuoDevice = `
		SELECT id, username, device, method
		FROM %s
		WHERE username = ?
		ORDER BY id;`

	// upstream sql_provider_queries.go:283
	queryFmtInsertAuthenticationLogEntry = `
		INSERT INTO %s (time, successful, banned, username, auth_type, remote_ip, request_uri, request_method)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?);`

	// upstream sql_provider_queries.go:287
	queryFmtSelectAuthenticationLogsRegulationRecordsByUsername = `
		SELECT time, successful
		FROM %s
		WHERE time > ? AND username = ? AND auth_type = '1FA' AND banned = ?
		ORDER BY time DESC
		LIMIT ?;`

	// upstream sql_provider_queries.go:294
	queryFmtSelectAuthenticationLogsRegulationRecordsByRemoteIP = `
		SELECT time, successful
		FROM %s
		WHERE time > ? AND remote_ip = ? AND auth_type = '1FA' AND banned = ?
		ORDER BY time DESC
		LIMIT ?;`

	// upstream sql_provider_queries.go:303
	queryFmtInsertBannedUser = `
		INSERT INTO %s (expires, username, source, reason)
		VALUES (?, ?, ?, ?);`

	// upstream sql_provider_queries.go:307
	queryFmtSelectBannedUser = `
		SELECT id, time, expires, expired, revoked, username, source, reason
		FROM %s
		WHERE username = ? AND revoked = FALSE AND (expires IS NULL OR expires > ?) AND expired IS NULL
		ORDER BY time DESC;`

	// upstream sql_provider_queries.go:325
	queryFmtSelectBannedUserLastExpires = `
		SELECT expires, expired, revoked
		FROM %s
		WHERE username = ?
		ORDER BY time DESC
		LIMIT 1;`

	// upstream sql_provider_queries.go:334
	queryFmtInsertBannedIP = `
		INSERT INTO %s (expires, ip, source, reason)
		VALUES (?, ?, ?, ?);`

	// upstream sql_provider_queries.go:338
	queryFmtSelectBannedIP = `
		SELECT id, time, expires, expired, revoked, ip, source, reason
		FROM %s
		WHERE ip = ? AND revoked = ? AND (expires IS NULL OR expires > ?) AND expired IS NULL
		ORDER BY time DESC;`

	// upstream sql_provider_queries.go:356
	queryFmtSelectBannedIPLastExpires = `
		SELECT expires, expired, revoked
		FROM %s
		WHERE ip = ?
		ORDER BY time DESC
		LIMIT 1;`

	// upstream sql_provider_queries.go:365
	queryFmtRevokeBannedEntry = `
		UPDATE %s
		SET expired = ?, revoked = TRUE
		WHERE id = ?;`

	// upstream sql_provider_queries.go:372
	queryFmtUpsertCachedData = `
		REPLACE INTO %s (name, updated_at, encrypted, value)
		VALUES (?, ?, ?, ?);`

	// upstream sql_provider_queries.go:376
	queryFmtUpsertCachedDataPostgreSQL = `
		INSERT INTO %s (name, updated_at, encrypted, value)
		VALUES ($1, $2, $3, $4)
			ON CONFLICT (name)
			DO UPDATE SET updated_at = $2, encrypted = $3, value = $4;`

	// upstream sql_provider_queries.go:382
	queryFmtSelectCachedData = `
		SELECT id, created_at, updated_at, name, encrypted, value
		FROM %s
		WHERE name = ?;`

	// upstream sql_provider_queries.go:403
	queryFmtSelectEncryptionValue = `
		SELECT (value)
        FROM %s
        WHERE name = ?`

	// upstream sql_provider_queries.go:408
	queryFmtInsertEncryptionValue = `
		INSERT INTO %s (name, value)
		VALUES (?, ?);`

	// upstream sql_provider_queries.go:412
	queryFmtUpsertEncryptionValue = `
		REPLACE INTO %s (name, value)
		VALUES (?, ?);`

	// upstream sql_provider_queries.go:416
	queryFmtUpsertEncryptionValuePostgreSQL = `
		INSERT INTO %s (name, value)
		VALUES ($1, $2)
			ON CONFLICT (name)
			DO UPDATE SET value = $2;`

	// upstream sql_provider_queries.go:576
	queryFmtSelectOAuth2PARContext = `
		SELECT id, signature, request_id, client_id, requested_at, scopes, audience,
		handled_response_types, response_mode, response_mode_default, revoked,
		form_data, session_data
		FROM %s
		WHERE signature = ?;`

	// upstream sql_provider_queries.go:589
	queryFmtUpdateOAuth2PARContext = `
	UPDATE %s
	SET signature = ?, request_id = ?, client_id = ?, requested_at = ?, scopes = ?, audience = ?,
	    handled_response_types = ?, response_mode = ?, response_mode_default = ?, revoked = ?,
	    form_data = ?, session_data = ?
	WHERE id = ?;`

	// upstream sql_provider_queries.go:596
	queryFmtSelectOAuth2BlacklistedJTI = `
		SELECT id, signature, expires_at
		FROM %s
		WHERE signature = ?;`

	// upstream sql_provider_queries.go:601
	queryFmtUpsertOAuth2BlacklistedJTI = `
		REPLACE INTO %s (signature, expires_at)
		VALUES(?, ?);`

	// upstream sql_provider_queries.go:605
	queryFmtUpsertOAuth2BlacklistedJTIPostgreSQL = `
		INSERT INTO %s (signature, expires_at)
		VALUES ($1, $2)
			ON CONFLICT (signature)
			DO UPDATE SET expires_at = $2;`

	// upstream sql_provider_queries.go:622
	queryFmtInsertUserOpaqueIdentifier = `
		INSERT INTO %s (service, sector_id, username, identifier)
		VALUES(?, ?, ?, ?);`

	// upstream sql_provider_queries.go:631
	queryFmtSelectUserOpaqueIdentifierBySignature = `
		SELECT id, service, sector_id, username, identifier
		FROM %s
		WHERE service = ? AND sector_id = ? AND username = ?;`

	// upstream sql_provider_queries.go:636
	queryFmtSelectUserOpaqueIdentifiers = `
		SELECT id, service, sector_id, username, identifier
		FROM %s;`
)
