package sessions

import (
	"context"
	"fmt"

	"example.com/realworld/scrumlr/third_party/uuid"
)

// SessionDatabase is server/src/sessions/service.go (methods trimmed).
type SessionDatabase interface {
	Create(ctx context.Context, boardSession DatabaseBoardSessionInsert) (DatabaseBoardSession, error)
	Exists(ctx context.Context, board, user uuid.UUID) (bool, error)
	IsParticipantBanned(ctx context.Context, board, user uuid.UUID) (bool, error)
}

// SessionService is server/src/sessions/service.go (methods trimmed).
type SessionService interface {
	Create(ctx context.Context, body BoardSessionCreateRequest) (*BoardSession, error)
	Exists(ctx context.Context, boardID, userID uuid.UUID) (bool, error)
	IsParticipantBanned(ctx context.Context, boardID, userID uuid.UUID) (bool, error)
}

// BoardSessionService is server/src/sessions/service.go (realtime broker,
// tracing and counters trimmed).
type BoardSessionService struct {
	database SessionDatabase
}

// NewSessionService is server/src/sessions/service.go.
func NewSessionService(db SessionDatabase) SessionService {
	return &BoardSessionService{database: db}
}

// Create is server/src/sessions/service.go:59.
func (service *BoardSessionService) Create(ctx context.Context, body BoardSessionCreateRequest) (*BoardSession, error) {
	session, err := service.database.Create(ctx, DatabaseBoardSessionInsert{
		Board: body.Board,
		User:  body.User,
		Role:  body.Role,
	})

	if err != nil {
		return nil, fmt.Errorf("unable to create board session: %w", err)
	}

	return &BoardSession{Board: session.Board, User: session.User, Role: session.Role}, err
}

// Exists is server/src/sessions/service.go:152.
func (service *BoardSessionService) Exists(ctx context.Context, boardID, userID uuid.UUID) (bool, error) {
	exists, err := service.database.Exists(ctx, boardID, userID)
	if err != nil {
		return false, fmt.Errorf("failed to check board session existence: %w", err)
	}

	return exists, nil
}

// IsParticipantBanned is server/src/sessions/service.go.
func (service *BoardSessionService) IsParticipantBanned(ctx context.Context, boardID, userID uuid.UUID) (bool, error) {
	return service.database.IsParticipantBanned(ctx, boardID, userID)
}
