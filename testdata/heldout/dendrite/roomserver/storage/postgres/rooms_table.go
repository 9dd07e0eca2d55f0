package postgres

import (
	"context"
	"database/sql"

	"github.com/lib/pq"

	"example.com/heldout/dendrite/internal/sqlutil"
	"example.com/heldout/dendrite/roomserver/storage/tables"
	"example.com/heldout/dendrite/roomserver/types"
	"example.com/heldout/dendrite/third_party/gomatrixserverlib"
)

// roomsSchema reproduces roomserver/storage/postgres/rooms_table.go:30.
const roomsSchema = `
CREATE SEQUENCE IF NOT EXISTS roomserver_room_nid_seq;
CREATE TABLE IF NOT EXISTS roomserver_rooms (
    -- Local numeric ID for the room.
    room_nid BIGINT PRIMARY KEY DEFAULT nextval('roomserver_room_nid_seq'),
    -- Textual ID for the room.
    room_id TEXT NOT NULL CONSTRAINT roomserver_room_id_unique UNIQUE,
    -- The most recent events in the room that aren't referenced by another event.
    -- This list may empty if the server hasn't joined the room yet.
    -- (The server will be in that state while it stores the events for the initial state of the room)
    latest_event_nids BIGINT[] NOT NULL DEFAULT '{}'::BIGINT[],
    -- The last event written to the output log for this room.
    last_event_sent_nid BIGINT NOT NULL DEFAULT 0,
    -- The state of the room after the current set of latest events.
    -- This will be 0 if there are no latest events in the room.
    state_snapshot_nid BIGINT NOT NULL DEFAULT 0,
    -- The version of the room, which will assist in determining the state resolution
    -- algorithm, event ID format, etc.
    room_version TEXT NOT NULL
);
`

// Same as insertEventTypeNIDSQL
const insertRoomNIDSQL = "" +
	"INSERT INTO roomserver_rooms (room_id, room_version) VALUES ($1, $2)" +
	" ON CONFLICT ON CONSTRAINT roomserver_room_id_unique" +
	" DO NOTHING RETURNING (room_nid)"

const selectRoomNIDSQL = "" +
	"SELECT room_nid FROM roomserver_rooms WHERE room_id = $1"

const selectRoomInfoSQL = "" +
	"SELECT room_version, room_nid, state_snapshot_nid, latest_event_nids FROM roomserver_rooms WHERE room_id = $1"

type roomStatements struct {
	insertRoomNIDStmt  *sql.Stmt
	selectRoomNIDStmt  *sql.Stmt
	selectRoomInfoStmt *sql.Stmt
}

// CreateRoomsTable reproduces roomserver/storage/postgres/rooms_table.go:98.
func CreateRoomsTable(db *sql.DB) error {
	_, err := db.Exec(roomsSchema)
	return err
}

// PrepareRoomsTable reproduces roomserver/storage/postgres/rooms_table.go:103 (trimmed statement list).
func PrepareRoomsTable(db *sql.DB) (tables.Rooms, error) {
	s := &roomStatements{}

	return s, sqlutil.StatementList{
		{&s.insertRoomNIDStmt, insertRoomNIDSQL},
		{&s.selectRoomNIDStmt, selectRoomNIDSQL},
		{&s.selectRoomInfoStmt, selectRoomInfoSQL},
	}.Prepare(db)
}

// InsertRoomNID reproduces roomserver/storage/postgres/rooms_table.go:120.
func (s *roomStatements) InsertRoomNID(
	ctx context.Context, txn *sql.Tx,
	roomID string, roomVersion gomatrixserverlib.RoomVersion,
) (types.RoomNID, error) {
	var roomNID int64
	stmt := sqlutil.TxStmt(txn, s.insertRoomNIDStmt)
	err := stmt.QueryRowContext(ctx, roomID, roomVersion).Scan(&roomNID)
	return types.RoomNID(roomNID), err
}

// SelectRoomInfo reproduces roomserver/storage/postgres/rooms_table.go:130.
func (s *roomStatements) SelectRoomInfo(ctx context.Context, txn *sql.Tx, roomID string) (*types.RoomInfo, error) {
	var info types.RoomInfo
	var latestNIDs pq.Int64Array
	var stateSnapshotNID types.StateSnapshotNID
	stmt := sqlutil.TxStmt(txn, s.selectRoomInfoStmt)
	err := stmt.QueryRowContext(ctx, roomID).Scan(
		&info.RoomVersion, &info.RoomNID, &stateSnapshotNID, &latestNIDs,
	)
	if err == sql.ErrNoRows {
		return nil, nil
	}
	info.SetStateSnapshotNID(stateSnapshotNID)
	info.SetIsStub(len(latestNIDs) == 0)
	return &info, err
}

// SelectRoomNID reproduces roomserver/storage/postgres/rooms_table.go:146.
func (s *roomStatements) SelectRoomNID(
	ctx context.Context, txn *sql.Tx, roomID string,
) (types.RoomNID, error) {
	var roomNID int64
	stmt := sqlutil.TxStmt(txn, s.selectRoomNIDStmt)
	err := stmt.QueryRowContext(ctx, roomID).Scan(&roomNID)
	return types.RoomNID(roomNID), err
}
