package postgres

import (
	"context"
	"database/sql"

	"example.com/heldout/dendrite/clientapi/api"
	"example.com/heldout/dendrite/internal/sqlutil"
	"example.com/heldout/dendrite/userapi/storage/tables"
)

// registrationTokensSchema reproduces userapi/storage/postgres/registration_tokens_table.go:15.
const registrationTokensSchema = `
CREATE TABLE IF NOT EXISTS userapi_registration_tokens (
	token TEXT PRIMARY KEY,
	pending BIGINT,
	completed BIGINT,
	uses_allowed BIGINT,
	expiry_time BIGINT
);
`

const selectTokenSQL = "" +
	"SELECT token FROM userapi_registration_tokens WHERE token = $1"

const insertTokenSQL = "" +
	"INSERT INTO userapi_registration_tokens (token, uses_allowed, expiry_time, pending, completed) VALUES ($1, $2, $3, $4, $5)"

type registrationTokenStatements struct {
	selectTokenStatement *sql.Stmt
	insertTokenStatement *sql.Stmt
}

// NewPostgresRegistrationTokensTable reproduces userapi/storage/postgres/registration_tokens_table.go:71 (trimmed statement list).
func NewPostgresRegistrationTokensTable(db *sql.DB) (tables.RegistrationTokensTable, error) {
	s := &registrationTokenStatements{}
	_, err := db.Exec(registrationTokensSchema)
	if err != nil {
		return nil, err
	}
	return s, sqlutil.StatementList{
		{&s.selectTokenStatement, selectTokenSQL},
		{&s.insertTokenStatement, insertTokenSQL},
	}.Prepare(db)
}

// RegistrationTokenExists reproduces userapi/storage/postgres/registration_tokens_table.go:91.
func (s *registrationTokenStatements) RegistrationTokenExists(ctx context.Context, tx *sql.Tx, token string) (bool, error) {
	var existingToken string
	stmt := sqlutil.TxStmt(tx, s.selectTokenStatement)
	err := stmt.QueryRowContext(ctx, token).Scan(&existingToken)
	if err != nil {
		if err == sql.ErrNoRows {
			return false, nil
		}
		return false, err
	}
	return true, nil
}

// InsertRegistrationToken reproduces userapi/storage/postgres/registration_tokens_table.go:104.
func (s *registrationTokenStatements) InsertRegistrationToken(ctx context.Context, tx *sql.Tx, registrationToken *api.RegistrationToken) (bool, error) {
	stmt := sqlutil.TxStmt(tx, s.insertTokenStatement)
	_, err := stmt.ExecContext(
		ctx,
		*registrationToken.Token,
		getInsertValue(registrationToken.UsesAllowed),
		getInsertValue(registrationToken.ExpiryTime),
		*registrationToken.Pending,
		*registrationToken.Completed)
	if err != nil {
		return false, err
	}
	return true, nil
}

// getInsertValue reproduces userapi/storage/postgres/registration_tokens_table.go:119
// (the constraints.Integer type parameter is spelled out).
func getInsertValue[t ~int32 | ~int64](in *t) any {
	if in == nil {
		return nil
	}
	return *in
}
