package domains

import (
	"context"

	"example.com/heldout/shiori/internal/model"
)

// BookmarksDomain reproduces internal/domains/bookmarks.go:11.
type BookmarksDomain struct {
	deps model.Dependencies
}

// AddTagToBookmark adds a tag to a bookmark
// Reproduces internal/domains/bookmarks.go:117.
func (d *BookmarksDomain) AddTagToBookmark(ctx context.Context, bookmarkID int, tagID int) error {
	// Check if bookmark exists
	exists, err := d.BookmarkExists(ctx, bookmarkID) // safe: existence check of the parent bookmark (and tag); the association row's own check-then-insert is inside Database().AddTagToBookmark
	if err != nil {
		return err
	}
	if !exists {
		return model.ErrBookmarkNotFound
	}

	// Check if tag exists
	exists, err = d.deps.Domains().Tags().TagExists(ctx, tagID)
	if err != nil {
		return err
	}
	if !exists {
		return model.ErrTagNotFound
	}

	// Add tag to bookmark
	return d.deps.Database().AddTagToBookmark(ctx, bookmarkID, tagID)
}

// BookmarkExists checks if a bookmark with the given ID exists
// Reproduces internal/domains/bookmarks.go:165.
func (d *BookmarksDomain) BookmarkExists(ctx context.Context, id int) (bool, error) {
	return d.deps.Database().BookmarkExists(ctx, id)
}

// NewBookmarksDomain reproduces internal/domains/bookmarks.go:169.
func NewBookmarksDomain(deps model.Dependencies) *BookmarksDomain {
	return &BookmarksDomain{
		deps: deps,
	}
}
