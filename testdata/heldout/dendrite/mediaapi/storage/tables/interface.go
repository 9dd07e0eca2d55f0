// Package tables reproduces mediaapi/storage/tables/interface.go (trimmed).
package tables

import (
	"context"
	"database/sql"

	"example.com/heldout/dendrite/mediaapi/types"
	"example.com/heldout/dendrite/third_party/gomatrixserverlib/spec"
)

// Thumbnails reproduces mediaapi/storage/tables/interface.go Thumbnails (trimmed).
type Thumbnails interface {
	InsertThumbnail(ctx context.Context, txn *sql.Tx, thumbnailMetadata *types.ThumbnailMetadata) error
	SelectThumbnail(
		ctx context.Context, txn *sql.Tx,
		mediaID types.MediaID, mediaOrigin spec.ServerName,
		width, height int,
		resizeMethod string,
	) (*types.ThumbnailMetadata, error)
}

// MediaRepository reproduces mediaapi/storage/tables/interface.go MediaRepository.
type MediaRepository interface {
	InsertMedia(ctx context.Context, txn *sql.Tx, mediaMetadata *types.MediaMetadata) error
	SelectMedia(ctx context.Context, txn *sql.Tx, mediaID types.MediaID, mediaOrigin spec.ServerName) (*types.MediaMetadata, error)
	SelectMediaByHash(
		ctx context.Context, txn *sql.Tx,
		mediaHash types.Base64Hash, mediaOrigin spec.ServerName,
	) (*types.MediaMetadata, error)
}
