package postgres

import (
	"context"
	"database/sql"

	"example.com/heldout/memos/store"
	"example.com/heldout/memos/third_party/pkg/errors"
)

// UpsertReaction reproduces store/db/postgres/reaction.go:13.
func (d *DB) UpsertReaction(ctx context.Context, upsert *store.Reaction) (*store.Reaction, error) {
	if err := d.db.QueryRowContext(ctx, `
		INSERT INTO reaction (creator_id, memo_id, reaction_type)
		SELECT $1, memo.id, $2
		FROM memo
		WHERE memo.id = $3
		FOR KEY SHARE OF memo
		RETURNING id, created_ts
	`, upsert.CreatorID, upsert.ReactionType, upsert.MemoID).Scan(
		&upsert.ID,
		&upsert.CreatedTs,
	); err != nil {
		if errors.Is(err, sql.ErrNoRows) {
			return nil, errors.Wrap(store.ErrReactionMemoNotFound, "failed to create reaction")
		}
		return nil, err
	}

	reaction := upsert
	return reaction, nil
}
