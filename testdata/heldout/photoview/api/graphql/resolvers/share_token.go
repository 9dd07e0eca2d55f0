package resolvers

import (
	"context"
	"time"

	"example.com/heldout/photoview/api/graphql/auth"
	"example.com/heldout/photoview/api/graphql/models"
	"example.com/heldout/photoview/api/graphql/models/actions"
)

// ShareAlbum is api/graphql/resolvers/share_token.go:24 (mutation shareAlbum).
func (r *mutationResolver) ShareAlbum(ctx context.Context, albumID int, expire *time.Time, password *string) (*models.ShareToken, error) {
	user := auth.UserFromContext(ctx)
	if user == nil {
		return nil, auth.ErrUnauthorized
	}

	return actions.AddAlbumShare(r.DB(ctx), user, albumID, expire, password)
}

// ShareMedia is api/graphql/resolvers/share_token.go:34 (mutation shareMedia).
func (r *mutationResolver) ShareMedia(ctx context.Context, mediaID int, expire *time.Time, password *string) (*models.ShareToken, error) {
	user := auth.UserFromContext(ctx)
	if user == nil {
		return nil, auth.ErrUnauthorized
	}

	return actions.AddMediaShare(r.DB(ctx), user, mediaID, expire, password)
}
