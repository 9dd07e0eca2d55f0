package postgres

import (
	"context"
	"database/sql"

	"example.com/heldout/dendrite/internal/sqlutil"
	"example.com/heldout/dendrite/third_party/gomatrixserverlib/spec"
	"example.com/heldout/dendrite/userapi/storage/tables"
)

// profilesSchema reproduces userapi/storage/postgres/profile_table.go:29.
const profilesSchema = `
-- Stores data about accounts profiles.
CREATE TABLE IF NOT EXISTS userapi_profiles (
    -- The Matrix user ID localpart for this account
    localpart TEXT NOT NULL,
	server_name TEXT NOT NULL,
    -- The display name for this account
    display_name TEXT,
    -- The URL of the avatar for this account
    avatar_url TEXT
);

CREATE UNIQUE INDEX IF NOT EXISTS userapi_profiles_idx ON userapi_profiles(localpart, server_name);
`

const insertProfileSQL = "" +
	"INSERT INTO userapi_profiles(localpart, server_name, display_name, avatar_url) VALUES ($1, $2, $3, $4)"

type profilesStatements struct {
	insertProfileStmt *sql.Stmt
}

// NewPostgresProfilesTable reproduces userapi/storage/postgres/profile_table.go:76 (trimmed statement list).
func NewPostgresProfilesTable(db *sql.DB) (tables.ProfileTable, error) {
	s := &profilesStatements{}
	_, err := db.Exec(profilesSchema)
	if err != nil {
		return nil, err
	}
	return s, sqlutil.StatementList{
		{&s.insertProfileStmt, insertProfileSQL},
	}.Prepare(db)
}

// InsertProfile reproduces userapi/storage/postgres/profile_table.go:93.
func (s *profilesStatements) InsertProfile(
	ctx context.Context, txn *sql.Tx,
	localpart string, serverName spec.ServerName,
) (err error) {
	_, err = sqlutil.TxStmt(txn, s.insertProfileStmt).ExecContext(ctx, localpart, serverName, "", "")
	return
}
