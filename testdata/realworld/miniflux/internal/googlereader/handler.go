// Package googlereader is a reduced copy of miniflux internal/googlereader
// (Google Reader API): only getOrCreateCategory and one of its callers.
package googlereader // import "example.com/realworld/miniflux/internal/googlereader"

import (
	"errors"
	"strconv"

	"example.com/realworld/miniflux/internal/model"
	"example.com/realworld/miniflux/internal/storage"
)

// StreamType is internal/googlereader/stream.go.
type StreamType int

// Stream is internal/googlereader/stream.go.
type Stream struct {
	Type StreamType
	ID   string
}

var (
	errFeedNotFound     = errors.New("googlereader: feed not found")
	errCategoryNotFound = errors.New("googlereader: category not found")
)

// getFeed is internal/googlereader/handler.go:394.
func getFeed(stream Stream, store *storage.Storage, userID int64) (*model.Feed, error) {
	feedID, err := strconv.ParseInt(stream.ID, 10, 64)
	if err != nil {
		return nil, err
	}
	return store.FeedByID(userID, feedID)
}

// getOrCreateCategory is internal/googlereader/handler.go:402 (callers:
// subscribe :416, reached from POST /reader/api/0/subscription/quickadd and
// /subscription/edit; move :503, from /subscription/edit with a new label).
func getOrCreateCategory(streamCategory Stream, store *storage.Storage, userID int64) (*model.Category, error) {
	switch {
	case streamCategory.ID == "":
		return store.FirstCategory(userID)
	case store.CategoryTitleExists(userID, streamCategory.ID): // race
		return store.CategoryByTitle(userID, streamCategory.ID)
	default:
		return store.CreateCategory(userID, &model.CategoryCreationRequest{
			Title: streamCategory.ID,
		})
	}
}

// move is internal/googlereader/handler.go:488 (logging trimmed).
func move(feedStream Stream, labelStream Stream, store *storage.Storage, userID int64) error {
	feed, err := getFeed(feedStream, store, userID)
	if err != nil {
		return err
	}
	if feed == nil {
		return errFeedNotFound
	}

	category, err := getOrCreateCategory(labelStream, store, userID)
	if err != nil {
		return err
	}
	if category == nil {
		return errCategoryNotFound
	}

	feedModification := model.FeedModificationRequest{
		CategoryID: &category.ID,
	}
	feedModification.Patch(feed)
	return store.UpdateFeed(feed)
}
