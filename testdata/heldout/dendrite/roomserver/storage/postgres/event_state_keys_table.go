package postgres

import (
	"context"
	"database/sql"

	"example.com/heldout/dendrite/internal/sqlutil"
	"example.com/heldout/dendrite/roomserver/storage/tables"
	"example.com/heldout/dendrite/roomserver/types"
)

// eventStateKeysSchema reproduces roomserver/storage/postgres/event_state_keys_table.go:29.
const eventStateKeysSchema = `
-- Numeric versions of the event "state_key"s. State keys tend to be reused so
-- assigning each string a numeric ID should reduce the amount of data that
-- needs to be stored and fetched from the database.
-- It also means that many operations can work with int64 arrays rather than
-- string arrays which may help reduce GC pressure.
-- Well known state keys are pre-assigned numeric IDs:
--   1 -> "" (the empty string)
-- Other state keys are automatically assigned numeric IDs starting from 2**16.
-- This leaves room to add more pre-assigned numeric IDs and clearly separates
-- the automatically assigned IDs from the pre-assigned IDs.
CREATE SEQUENCE IF NOT EXISTS roomserver_event_state_key_nid_seq START 65536;
CREATE TABLE IF NOT EXISTS roomserver_event_state_keys (
    -- Local numeric ID for the state key.
    event_state_key_nid BIGINT PRIMARY KEY DEFAULT nextval('roomserver_event_state_key_nid_seq'),
    event_state_key TEXT NOT NULL CONSTRAINT roomserver_event_state_key_unique UNIQUE
);
INSERT INTO roomserver_event_state_keys (event_state_key_nid, event_state_key) VALUES
    (1, '') ON CONFLICT DO NOTHING;
`

const selectEventStateKeyNIDSQL = "" +
	"SELECT event_state_key_nid FROM roomserver_event_state_keys" +
	" WHERE event_state_key = $1"

type eventStateKeyStatements struct {
	selectEventStateKeyNIDStmt *sql.Stmt
}

// CreateEventStateKeysTable reproduces roomserver/storage/postgres/event_state_keys_table.go:79.
func CreateEventStateKeysTable(db *sql.DB) error {
	_, err := db.Exec(eventStateKeysSchema)
	return err
}

// PrepareEventStateKeysTable reproduces roomserver/storage/postgres/event_state_keys_table.go:84 (trimmed statement list).
func PrepareEventStateKeysTable(db *sql.DB) (tables.EventStateKeys, error) {
	s := &eventStateKeyStatements{}

	return s, sqlutil.StatementList{
		{&s.selectEventStateKeyNIDStmt, selectEventStateKeyNIDSQL},
	}.Prepare(db)
}

// SelectEventStateKeyNID reproduces roomserver/storage/postgres/event_state_keys_table.go:104.
func (s *eventStateKeyStatements) SelectEventStateKeyNID(
	ctx context.Context, txn *sql.Tx, eventStateKey string,
) (types.EventStateKeyNID, error) {
	var eventStateKeyNID int64
	stmt := sqlutil.TxStmt(txn, s.selectEventStateKeyNIDStmt)
	err := stmt.QueryRowContext(ctx, eventStateKey).Scan(&eventStateKeyNID)
	return types.EventStateKeyNID(eventStateKeyNID), err
}
