// Package sessionrequests is a reduced copy of server/src/sessionrequests.
package sessionrequests

import (
	"context"
	"fmt"
	"time"

	"github.com/uptrace/bun"

	"example.com/realworld/scrumlr/common"
	"example.com/realworld/scrumlr/third_party/uuid"
)

// RequestStatus is server/src/sessionrequests/status.go.
type RequestStatus string

const (
	RequestPending  RequestStatus = "PENDING"
	RequestAccepted RequestStatus = "ACCEPTED"
)

// DatabaseBoardSessionRequest is server/src/sessionrequests/database_dto.go:11.
type DatabaseBoardSessionRequest struct {
	bun.BaseModel `bun:"table:board_session_requests"`
	Board         uuid.UUID
	User          uuid.UUID
	Name          string
	Status        RequestStatus
	CreatedAt     time.Time
}

// DatabaseBoardSessionRequestInsert is server/src/sessionrequests/database_dto.go:21.
type DatabaseBoardSessionRequestInsert struct {
	bun.BaseModel `bun:"table:board_session_requests"`
	Board         uuid.UUID
	User          uuid.UUID
}

// BoardSessionRequest is server/src/sessionrequests/dto.go (fields trimmed).
type BoardSessionRequest struct {
	Board  uuid.UUID
	User   uuid.UUID
	Status RequestStatus
}

// SessionRequestDB is server/src/sessionrequests/database.go.
type SessionRequestDB struct {
	db *bun.DB
}

// NewSessionRequestDatabase is server/src/sessionrequests/database.go:16.
func NewSessionRequestDatabase(database *bun.DB) SessionRequestDatabase {
	return &SessionRequestDB{db: database}
}

// CreateBoardSessionRequest creates a new board session request with the state 'PENDING' and does nothing if it already exists
// (server/src/sessionrequests/database.go:24)
func (database *SessionRequestDB) Create(ctx context.Context, request DatabaseBoardSessionRequestInsert) (DatabaseBoardSessionRequest, error) {
	r := DatabaseBoardSessionRequest{Board: request.Board, User: request.User, Status: RequestPending}
	insertQuery := database.db.NewInsert().
		Model(&r).
		ExcludeColumn("name").
		On("CONFLICT (\"user\", board) DO UPDATE SET board=?", request.Board).
		Returning("*")

	err := database.db.NewSelect().
		With("insertQuery", insertQuery).
		Model((*BoardSessionRequest)(nil)).
		ModelTableExpr("\"insertQuery\" AS s").
		ColumnExpr("s.board, s.user, u.name, s.status, s.created_at").
		Join("INNER JOIN users AS u ON u.id = s.user").
		Scan(common.ContextWithValues(ctx,
			"Database", database,
			"Operation", "INSERT",
			"Board", request.Board,
			"Result", &r,
		), &r)

	return r, err
}

// Exists is server/src/sessionrequests/database.go:117.
func (database *SessionRequestDB) Exists(ctx context.Context, board, user uuid.UUID) (bool, error) {
	return database.db.NewSelect().
		Table("board_session_requests").
		Where("\"board\" = ?", board).
		Where("\"user\" = ?", user).
		Exists(ctx)
}

// SessionRequestDatabase is server/src/sessionrequests/service.go (methods trimmed).
type SessionRequestDatabase interface {
	Create(ctx context.Context, request DatabaseBoardSessionRequestInsert) (DatabaseBoardSessionRequest, error)
	Exists(ctx context.Context, board, user uuid.UUID) (bool, error)
}

// SessionRequestService is server/src/sessionrequests/service.go (methods trimmed).
type SessionRequestService interface {
	Create(ctx context.Context, boardID, userID uuid.UUID) (*BoardSessionRequest, error)
	Exists(ctx context.Context, boardID, userID uuid.UUID) (bool, error)
}

// BoardSessionRequestService is server/src/sessionrequests/service.go
// (realtime, websocket and session service trimmed).
type BoardSessionRequestService struct {
	database SessionRequestDatabase
}

// NewSessionRequestService is server/src/sessionrequests/service.go.
func NewSessionRequestService(db SessionRequestDatabase) SessionRequestService {
	return &BoardSessionRequestService{database: db}
}

// Create is server/src/sessionrequests/service.go:59.
func (service *BoardSessionRequestService) Create(ctx context.Context, boardID, userID uuid.UUID) (*BoardSessionRequest, error) {
	request, err := service.database.Create(ctx, DatabaseBoardSessionRequestInsert{
		Board: boardID,
		User:  userID,
	})

	if err != nil {
		return nil, fmt.Errorf("unable to create board session request: %w", err)
	}

	return &BoardSessionRequest{Board: request.Board, User: request.User, Status: request.Status}, err
}

// Exists is server/src/sessionrequests/service.go:148.
func (service *BoardSessionRequestService) Exists(ctx context.Context, boardID, userID uuid.UUID) (bool, error) {
	exists, err := service.database.Exists(ctx, boardID, userID)
	if err != nil {
		return false, fmt.Errorf("failed to check board session request existence: %w", err)
	}

	return exists, nil
}
