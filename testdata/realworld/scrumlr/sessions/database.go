package sessions

import (
	"context"

	"github.com/uptrace/bun"

	"example.com/realworld/scrumlr/common"
	"example.com/realworld/scrumlr/role"
	"example.com/realworld/scrumlr/third_party/uuid"
)

// SessionDB is server/src/sessions/database.go.
type SessionDB struct {
	db *bun.DB
}

// NewSessionDatabase is server/src/sessions/database.go:17.
func NewSessionDatabase(database *bun.DB) SessionDatabase {
	db := new(SessionDB)
	db.db = database

	return db
}

// Create is server/src/sessions/database.go:24: an INSERT ... RETURNING in a
// CTE, joined with the user (no ON CONFLICT).
func (database *SessionDB) Create(ctx context.Context, boardSession DatabaseBoardSessionInsert) (DatabaseBoardSession, error) {
	var session DatabaseBoardSession
	insertQuery := database.db.NewInsert().
		Model(&boardSession).
		Returning("*")

	err := database.db.NewSelect().
		With("insertQuery", insertQuery).
		Model((*DatabaseBoardSession)(nil)).
		ModelTableExpr("\"insertQuery\" AS s").
		ColumnExpr("s.board, s.user, u.avatar, u.name, u.account_type, s.connected, s.show_hidden_columns, s.ready, s.raised_hand, s.role, s.banned, s.favourite").
		Where("s.board = ?", boardSession.Board).
		Where("s.user = ?", boardSession.User).
		Join("INNER JOIN users AS u ON u.id = s.user").
		Scan(common.ContextWithValues(ctx,
			"Database", database,
			"Operation", "INSERT",
			"Board", boardSession.Board,
			"Result", &session,
		), &session)

	return session, err
}

// Exists is server/src/sessions/database.go:134.
func (database *SessionDB) Exists(ctx context.Context, board, user uuid.UUID) (bool, error) {
	return database.db.NewSelect().
		Table("board_sessions").
		Where("\"board\" = ?", board).
		Where("\"user\" = ?", user).
		Exists(ctx)
}

// IsParticipantBanned is server/src/sessions/database.go:160.
func (database *SessionDB) IsParticipantBanned(ctx context.Context, board, user uuid.UUID) (bool, error) {
	return database.db.NewSelect().
		Table("board_sessions").
		Where("\"board\" = ?", board).
		Where("\"user\" = ?", user).
		Where("role = ?", role.ParticipantRole).
		Where("banned = ?", true).
		Exists(ctx)
}
