// Package reactions is a reduced copy of server/src/reactions.
package reactions

import (
	"context"
	"errors"
	"fmt"

	"github.com/uptrace/bun"

	"example.com/realworld/scrumlr/common"
	"example.com/realworld/scrumlr/third_party/uuid"
)

// ReactionType is server/src/reactions/type.go.
type ReactionType string

// DatabaseReaction is server/src/reactions/database_dto.go:8.
type DatabaseReaction struct {
	bun.BaseModel `bun:"table:reactions,alias:reaction"`
	ID            uuid.UUID
	Note          uuid.UUID
	User          uuid.UUID
	ReactionType  ReactionType
}

// DatabaseReactionInsert is server/src/reactions/database_dto.go:16.
type DatabaseReactionInsert struct {
	bun.BaseModel `bun:"table:reactions,alias:reaction"`
	Note          uuid.UUID
	User          uuid.UUID
	ReactionType  ReactionType
}

// ReactionCreateRequest is server/src/reactions/dto.go.
type ReactionCreateRequest struct {
	Board        uuid.UUID
	Note         uuid.UUID
	User         uuid.UUID
	ReactionType ReactionType
}

// Reaction is server/src/reactions/dto.go.
type Reaction struct {
	ID           uuid.UUID
	Note         uuid.UUID
	User         uuid.UUID
	ReactionType ReactionType
}

// DB is server/src/reactions/database.go.
type DB struct {
	db *bun.DB
}

// NewReactionsDatabase is server/src/reactions/database.go:16.
func NewReactionsDatabase(database *bun.DB) ReactionDatabase {
	return &DB{db: database}
}

// Get is server/src/reactions/database.go:24.
func (d *DB) Get(ctx context.Context, id uuid.UUID) (DatabaseReaction, error) {
	var reaction DatabaseReaction
	err := d.db.NewSelect().
		Model(&reaction).
		Where("id = ?", id).
		Scan(ctx)

	return reaction, err
}

// GetAllForNote is server/src/reactions/database.go:49.
func (d *DB) GetAllForNote(ctx context.Context, note uuid.UUID) ([]DatabaseReaction, error) {
	var reactions []DatabaseReaction
	err := d.db.
		NewSelect().
		Model(&reactions).
		Where("note = ?", note).
		Scan(ctx)

	return reactions, err
}

// Create inserts a new reaction (server/src/reactions/database.go:61).
func (d *DB) Create(ctx context.Context, board uuid.UUID, insert DatabaseReactionInsert) (DatabaseReaction, error) {
	var reaction DatabaseReaction
	_, err := d.db.NewInsert().
		Model(&insert).
		Returning("*").
		Exec(common.ContextWithValues(ctx, "Database", d, "Board", board), &reaction)

	return reaction, err
}

// Delete is server/src/reactions/database.go:72.
func (d *DB) Delete(ctx context.Context, id uuid.UUID) error {
	_, err := d.db.NewDelete().
		Model((*DatabaseReaction)(nil)).
		Where("id = ?", id).
		Exec(ctx)

	return err
}

// ReactionDatabase is server/src/reactions/service.go.
type ReactionDatabase interface {
	Get(ctx context.Context, id uuid.UUID) (DatabaseReaction, error)
	GetAllForNote(ctx context.Context, note uuid.UUID) ([]DatabaseReaction, error)
	Create(ctx context.Context, board uuid.UUID, insert DatabaseReactionInsert) (DatabaseReaction, error)
	Delete(ctx context.Context, id uuid.UUID) error
}

// Service is server/src/reactions/service.go:30 (realtime broker trimmed).
type Service struct {
	database ReactionDatabase
}

// Create is server/src/reactions/service.go:43 (POST
// /boards/{id}/reactions, api/reactions.go:123): GetAllForNote (:54), a
// reaction of the same user -> Conflict; else database.Create (:72).
func (service *Service) Create(ctx context.Context, body ReactionCreateRequest) (*Reaction, error) {
	currentReactions, err := service.database.GetAllForNote(ctx, body.Note) // race; no unique key: reactions has only its id primary key and reactions_note_index (server/src/initialize/migrations/sql/8_add_reactions.up.sql:4-13)
	if err != nil {
		return nil, fmt.Errorf("failed to get current reactions: %w", err)
	}

	for _, currentReaction := range currentReactions {
		if currentReaction.User == body.User {
			return nil, errors.New("cannot make multiple reactions on the same note by the same user")
		}
	}

	reaction, err := service.database.Create(
		ctx,
		body.Board,
		DatabaseReactionInsert{Note: body.Note, User: body.User, ReactionType: body.ReactionType},
	)

	if err != nil {
		return nil, fmt.Errorf("failed to create reaction: %w", err)
	}

	return &Reaction{ID: reaction.ID, Note: reaction.Note, User: reaction.User, ReactionType: reaction.ReactionType}, err
}

// Get is server/src/reactions/service.go:90.
func (service *Service) Get(ctx context.Context, id uuid.UUID) (*Reaction, error) {
	reaction, err := service.database.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	return &Reaction{ID: reaction.ID, Note: reaction.Note, User: reaction.User, ReactionType: reaction.ReactionType}, nil
}

// Delete is server/src/reactions/service.go:175 (DELETE
// /boards/{id}/reactions/{reaction}, api/reactions.go:159): Get (:186),
// ownership check, then database.Delete (:201).
func (service *Service) Delete(ctx context.Context, board, user, id uuid.UUID) error {
	reaction, err := service.Get(ctx, id) // safe: the lookup only guards a delete (ownership check); a missing reaction is returned as an error
	if err != nil {
		return err
	}

	if reaction.User != user {
		return errors.New("forbidden")
	}

	return service.database.Delete(ctx, id)
}
