package postgres

import (
	"context"
	"database/sql"

	"example.com/heldout/dendrite/internal/sqlutil"
	"example.com/heldout/dendrite/third_party/gomatrixserverlib/spec"
	"example.com/heldout/dendrite/userapi/storage/tables"
)

// threepidSchema reproduces userapi/storage/postgres/threepid_table.go:29.
const threepidSchema = `
-- Stores data about third party identifiers
CREATE TABLE IF NOT EXISTS userapi_threepids (
	-- The third party identifier
	threepid TEXT NOT NULL,
	-- The 3PID medium
	medium TEXT NOT NULL DEFAULT 'email',
	-- The localpart of the Matrix user ID associated to this 3PID
	localpart TEXT NOT NULL,
	server_name TEXT NOT NULL,

	PRIMARY KEY(threepid, medium)
);

CREATE INDEX IF NOT EXISTS userapi_threepid_idx ON userapi_threepids(localpart, server_name);
`

const selectLocalpartForThreePIDSQL = "" +
	"SELECT localpart, server_name FROM userapi_threepids WHERE threepid = $1 AND medium = $2"

const insertThreePIDSQL = "" +
	"INSERT INTO userapi_threepids (threepid, medium, localpart, server_name) VALUES ($1, $2, $3, $4)"

type threepidStatements struct {
	selectLocalpartForThreePIDStmt *sql.Stmt
	insertThreePIDStmt             *sql.Stmt
}

// NewPostgresThreePIDTable reproduces userapi/storage/postgres/threepid_table.go:65 (trimmed statement list).
func NewPostgresThreePIDTable(db *sql.DB) (tables.ThreePIDTable, error) {
	s := &threepidStatements{}
	_, err := db.Exec(threepidSchema)
	if err != nil {
		return nil, err
	}
	return s, sqlutil.StatementList{
		{&s.selectLocalpartForThreePIDStmt, selectLocalpartForThreePIDSQL},
		{&s.insertThreePIDStmt, insertThreePIDSQL},
	}.Prepare(db)
}

// SelectLocalpartForThreePID reproduces userapi/storage/postgres/threepid_table.go:79.
func (s *threepidStatements) SelectLocalpartForThreePID(
	ctx context.Context, txn *sql.Tx, threepid string, medium string,
) (localpart string, serverName spec.ServerName, err error) {
	stmt := sqlutil.TxStmt(txn, s.selectLocalpartForThreePIDStmt)
	err = stmt.QueryRowContext(ctx, threepid, medium).Scan(&localpart, &serverName)
	if err == sql.ErrNoRows {
		return "", "", nil
	}
	return
}

// InsertThreePID reproduces userapi/storage/postgres/threepid_table.go:116.
func (s *threepidStatements) InsertThreePID(
	ctx context.Context, txn *sql.Tx, threepid, medium,
	localpart string, serverName spec.ServerName,
) (err error) {
	stmt := sqlutil.TxStmt(txn, s.insertThreePIDStmt)
	_, err = stmt.ExecContext(ctx, threepid, medium, localpart, serverName)
	return
}
