package postgres

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strconv"

	"example.com/heldout/dendrite/internal/sqlutil"
	"example.com/heldout/dendrite/userapi/storage/tables"
)

// keyBackupVersionTableSchema reproduces userapi/storage/postgres/key_backup_version_table.go:28.
const keyBackupVersionTableSchema = `
CREATE SEQUENCE IF NOT EXISTS userapi_key_backup_versions_seq;

-- the metadata for each generation of encrypted e2e session backups
CREATE TABLE IF NOT EXISTS userapi_key_backup_versions (
    user_id TEXT NOT NULL,
	-- this means no 2 users will ever have the same version of e2e session backups which strictly
	-- isn't necessary, but this is easy to do rather than SELECT MAX(version)+1.
    version BIGINT DEFAULT nextval('userapi_key_backup_versions_seq'),
    algorithm TEXT NOT NULL,
    auth_data TEXT NOT NULL,
	etag TEXT NOT NULL,
    deleted SMALLINT DEFAULT 0 NOT NULL
);

CREATE UNIQUE INDEX IF NOT EXISTS userapi_key_backup_versions_idx ON userapi_key_backup_versions(user_id, version);
`

const updateKeyBackupETagSQL = "" +
	"UPDATE userapi_key_backup_versions SET etag = $1 WHERE user_id = $2 AND version = $3"

const selectKeyBackupSQL = "" +
	"SELECT algorithm, auth_data, etag, deleted FROM userapi_key_backup_versions WHERE user_id = $1 AND version = $2"

const selectLatestVersionSQL = "" +
	"SELECT MAX(version) FROM userapi_key_backup_versions WHERE user_id = $1"

type keyBackupVersionStatements struct {
	selectKeyBackupStmt     *sql.Stmt
	selectLatestVersionStmt *sql.Stmt
	updateKeyBackupETagStmt *sql.Stmt
}

// NewPostgresKeyBackupVersionTable reproduces userapi/storage/postgres/key_backup_version_table.go:73 (trimmed statement list).
func NewPostgresKeyBackupVersionTable(db *sql.DB) (tables.KeyBackupVersionTable, error) {
	s := &keyBackupVersionStatements{}
	_, err := db.Exec(keyBackupVersionTableSchema)
	if err != nil {
		return nil, err
	}
	return s, sqlutil.StatementList{
		{&s.selectKeyBackupStmt, selectKeyBackupSQL},
		{&s.selectLatestVersionStmt, selectLatestVersionSQL},
		{&s.updateKeyBackupETagStmt, updateKeyBackupETagSQL},
	}.Prepare(db)
}

// UpdateKeyBackupETag reproduces userapi/storage/postgres/key_backup_version_table.go:108.
func (s *keyBackupVersionStatements) UpdateKeyBackupETag(
	ctx context.Context, txn *sql.Tx, userID, version, etag string,
) error {
	versionInt, err := strconv.ParseInt(version, 10, 64)
	if err != nil {
		return fmt.Errorf("invalid version")
	}
	_, err = txn.Stmt(s.updateKeyBackupETagStmt).ExecContext(ctx, etag, userID, versionInt)
	return err
}

// SelectKeyBackup reproduces userapi/storage/postgres/key_backup_version_table.go:137.
func (s *keyBackupVersionStatements) SelectKeyBackup(
	ctx context.Context, txn *sql.Tx, userID, version string,
) (versionResult, algorithm string, authData json.RawMessage, etag string, deleted bool, err error) {
	var versionInt int64
	if version == "" {
		var v *int64 // allows nulls
		if err = txn.Stmt(s.selectLatestVersionStmt).QueryRowContext(ctx, userID).Scan(&v); err != nil {
			return
		}
		if v == nil {
			err = sql.ErrNoRows
			return
		}
		versionInt = *v
	} else {
		if versionInt, err = strconv.ParseInt(version, 10, 64); err != nil {
			return
		}
	}
	versionResult = strconv.FormatInt(versionInt, 10)
	var deletedInt int
	var authDataStr string
	err = txn.Stmt(s.selectKeyBackupStmt).QueryRowContext(ctx, userID, versionInt).Scan(&algorithm, &authDataStr, &etag, &deletedInt)
	deleted = deletedInt == 1
	authData = json.RawMessage(authDataStr)
	return
}
