// Package storage reproduces mediaapi/storage/interface.go.
package storage

import (
	"context"

	"example.com/heldout/dendrite/mediaapi/types"
	"example.com/heldout/dendrite/third_party/gomatrixserverlib/spec"
)

// Database reproduces mediaapi/storage/interface.go Database (trimmed).
type Database interface {
	MediaRepository
	Thumbnails
}

// MediaRepository reproduces mediaapi/storage/interface.go MediaRepository.
type MediaRepository interface {
	StoreMediaMetadata(ctx context.Context, mediaMetadata *types.MediaMetadata) error
	GetMediaMetadata(ctx context.Context, mediaID types.MediaID, mediaOrigin spec.ServerName) (*types.MediaMetadata, error)
	GetMediaMetadataByHash(ctx context.Context, mediaHash types.Base64Hash, mediaOrigin spec.ServerName) (*types.MediaMetadata, error)
}

// Thumbnails reproduces mediaapi/storage/interface.go Thumbnails (trimmed).
type Thumbnails interface {
	StoreThumbnail(ctx context.Context, thumbnailMetadata *types.ThumbnailMetadata) error
	GetThumbnail(ctx context.Context, mediaID types.MediaID, mediaOrigin spec.ServerName, width, height int, resizeMethod string) (*types.ThumbnailMetadata, error)
}
