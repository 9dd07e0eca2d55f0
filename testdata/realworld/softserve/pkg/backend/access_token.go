package backend

import (
	"context"
	"errors"

	"example.com/realworld/softserve/pkg/db"
	"example.com/realworld/softserve/pkg/proto"
)

// DeleteAccessToken deletes an access token for a user.
// pkg/backend/access_token.go:34 (ssh `token delete`, pkg/ssh/cmd/token.go:136)
func (b *Backend) DeleteAccessToken(ctx context.Context, user proto.User, id int64) error {
	err := b.db.TransactionContext(ctx, func(tx *db.Tx) error {
		_, err := b.store.GetAccessToken(ctx, tx, id) // safe: the lookup only guards a delete (DeleteAccessTokenForUser), nothing is inserted
		if err != nil {
			return db.WrapError(err)
		}

		if err := b.store.DeleteAccessTokenForUser(ctx, tx, user.ID(), id); err != nil {
			return db.WrapError(err)
		}
		return nil
	})
	if err != nil {
		if errors.Is(err, db.ErrRecordNotFound) {
			return proto.ErrTokenNotFound
		}
		return err
	}

	return nil
}
