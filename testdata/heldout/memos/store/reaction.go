package store

import (
	"context"
	"errors"
)

// ErrReactionMemoNotFound reproduces store/reaction.go:9.
// ErrReactionMemoNotFound indicates that a reaction's memo no longer exists.
var ErrReactionMemoNotFound = errors.New("reaction memo not found")

// Reaction reproduces store/reaction.go:12.
// Reaction is a reaction attached to a memo.
type Reaction struct {
	ID        int32
	CreatedTs int64
	CreatorID int32
	// MemoID is the ID of the memo that the reaction is for.
	MemoID       int32
	ReactionType string
}

// UpsertReaction reproduces store/reaction.go:33.
func (s *Store) UpsertReaction(ctx context.Context, upsert *Reaction) (*Reaction, error) {
	return s.driver.UpsertReaction(ctx, upsert)
}
