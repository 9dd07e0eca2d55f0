package postgres

import (
	"context"
	"database/sql"

	"example.com/heldout/dendrite/internal/sqlutil"
	"example.com/heldout/dendrite/roomserver/storage/tables"
)

// roomAliasesSchema reproduces roomserver/storage/postgres/room_aliases_table.go:27.
const roomAliasesSchema = `
-- Stores room aliases and room IDs they refer to
CREATE TABLE IF NOT EXISTS roomserver_room_aliases (
    -- Alias of the room
    alias TEXT NOT NULL PRIMARY KEY,
    -- Room ID the alias refers to
    room_id TEXT NOT NULL,
    -- User ID of the creator of this alias
    creator_id TEXT NOT NULL
);

CREATE INDEX IF NOT EXISTS roomserver_room_id_idx ON roomserver_room_aliases(room_id);
`

const insertRoomAliasSQL = "" +
	"INSERT INTO roomserver_room_aliases (alias, room_id, creator_id) VALUES ($1, $2, $3)"

const selectRoomIDFromAliasSQL = "" +
	"SELECT room_id FROM roomserver_room_aliases WHERE alias = $1"

type roomAliasesStatements struct {
	insertRoomAliasStmt       *sql.Stmt
	selectRoomIDFromAliasStmt *sql.Stmt
}

// CreateRoomAliasesTable reproduces roomserver/storage/postgres/room_aliases_table.go:64.
func CreateRoomAliasesTable(db *sql.DB) error {
	_, err := db.Exec(roomAliasesSchema)
	return err
}

// PrepareRoomAliasesTable reproduces roomserver/storage/postgres/room_aliases_table.go:69 (trimmed statement list).
func PrepareRoomAliasesTable(db *sql.DB) (tables.RoomAliases, error) {
	s := &roomAliasesStatements{}

	return s, sqlutil.StatementList{
		{&s.insertRoomAliasStmt, insertRoomAliasSQL},
		{&s.selectRoomIDFromAliasStmt, selectRoomIDFromAliasSQL},
	}.Prepare(db)
}

// InsertRoomAlias reproduces roomserver/storage/postgres/room_aliases_table.go:81.
func (s *roomAliasesStatements) InsertRoomAlias(
	ctx context.Context, txn *sql.Tx, alias string, roomID string, creatorUserID string,
) (err error) {
	stmt := sqlutil.TxStmt(txn, s.insertRoomAliasStmt)
	_, err = stmt.ExecContext(ctx, alias, roomID, creatorUserID)
	return
}

// SelectRoomIDFromAlias reproduces roomserver/storage/postgres/room_aliases_table.go:89.
func (s *roomAliasesStatements) SelectRoomIDFromAlias(
	ctx context.Context, txn *sql.Tx, alias string,
) (roomID string, err error) {
	stmt := sqlutil.TxStmt(txn, s.selectRoomIDFromAliasStmt)
	err = stmt.QueryRowContext(ctx, alias).Scan(&roomID)
	if err == sql.ErrNoRows {
		return "", nil
	}
	return
}
