package postgres

import (
	"context"
	"crypto/ed25519"
	"database/sql"
	"errors"

	"example.com/heldout/dendrite/internal/sqlutil"
	"example.com/heldout/dendrite/roomserver/storage/tables"
	"example.com/heldout/dendrite/roomserver/types"
)

// userRoomKeysSchema reproduces roomserver/storage/postgres/user_room_keys_table.go:31.
const userRoomKeysSchema = `
CREATE TABLE IF NOT EXISTS roomserver_user_room_keys (     
    user_nid    INTEGER NOT NULL,
    room_nid    INTEGER NOT NULL,
    pseudo_id_key BYTEA NULL, -- may be null for users not local to the server
    pseudo_id_pub_key BYTEA NOT NULL,
    CONSTRAINT roomserver_user_room_keys_pk PRIMARY KEY (user_nid, room_nid)
);
`

const insertUserRoomPrivateKeySQL = `
	INSERT INTO roomserver_user_room_keys (user_nid, room_nid, pseudo_id_key, pseudo_id_pub_key) VALUES ($1, $2, $3, $4)
	ON CONFLICT ON CONSTRAINT roomserver_user_room_keys_pk DO UPDATE SET pseudo_id_key = roomserver_user_room_keys.pseudo_id_key
	RETURNING (pseudo_id_key)
`

const selectUserRoomKeySQL = `SELECT pseudo_id_key FROM roomserver_user_room_keys WHERE user_nid = $1 AND room_nid = $2`

type userRoomKeysStatements struct {
	insertUserRoomPrivateKeyStmt *sql.Stmt
	selectUserRoomKeyStmt        *sql.Stmt
}

// CreateUserRoomKeysTable reproduces roomserver/storage/postgres/user_room_keys_table.go:70.
func CreateUserRoomKeysTable(db *sql.DB) error {
	_, err := db.Exec(userRoomKeysSchema)
	return err
}

// PrepareUserRoomKeysTable reproduces roomserver/storage/postgres/user_room_keys_table.go:75 (trimmed statement list).
func PrepareUserRoomKeysTable(db *sql.DB) (tables.UserRoomKeys, error) {
	s := &userRoomKeysStatements{}
	return s, sqlutil.StatementList{
		{&s.insertUserRoomPrivateKeyStmt, insertUserRoomPrivateKeySQL},
		{&s.selectUserRoomKeyStmt, selectUserRoomKeySQL},
	}.Prepare(db)
}

// InsertUserRoomPrivatePublicKey reproduces roomserver/storage/postgres/user_room_keys_table.go:87.
func (s *userRoomKeysStatements) InsertUserRoomPrivatePublicKey(ctx context.Context, txn *sql.Tx, userNID types.EventStateKeyNID, roomNID types.RoomNID, key ed25519.PrivateKey) (result ed25519.PrivateKey, err error) {
	stmt := sqlutil.TxStmtContext(ctx, txn, s.insertUserRoomPrivateKeyStmt)
	err = stmt.QueryRowContext(ctx, userNID, roomNID, key, key.Public()).Scan(&result)
	return result, err
}

// SelectUserRoomPrivateKey reproduces roomserver/storage/postgres/user_room_keys_table.go:99.
func (s *userRoomKeysStatements) SelectUserRoomPrivateKey(
	ctx context.Context,
	txn *sql.Tx,
	userNID types.EventStateKeyNID,
	roomNID types.RoomNID,
) (ed25519.PrivateKey, error) {
	stmt := sqlutil.TxStmtContext(ctx, txn, s.selectUserRoomKeyStmt)
	var result ed25519.PrivateKey
	err := stmt.QueryRowContext(ctx, userNID, roomNID).Scan(&result)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	return result, err
}
