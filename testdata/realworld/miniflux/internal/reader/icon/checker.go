// Package icon is a reduced copy of miniflux internal/reader/icon.
package icon // import "example.com/realworld/miniflux/internal/reader/icon"

import (
	"log/slog"

	"example.com/realworld/miniflux/internal/crypto"
	"example.com/realworld/miniflux/internal/model"
	"example.com/realworld/miniflux/internal/storage"
)

// iconChecker is internal/reader/icon/checker.go:16.
type iconChecker struct {
	store *storage.Storage
	feed  *model.Feed
}

// NewIconChecker is internal/reader/icon/checker.go:21.
func NewIconChecker(store *storage.Storage, feed *model.Feed) *iconChecker {
	return &iconChecker{
		store: store,
		feed:  feed,
	}
}

// UpdateOrCreateFeedIcon is internal/reader/icon/checker.go:28 (the HTTP icon
// finder is a stub): it stores the icon through StoreFeedIcon.
func (c *iconChecker) UpdateOrCreateFeedIcon() {
	if icon, err := findIcon(c.feed.SiteURL, c.feed.IconURL); err != nil {
		slog.Debug("Unable to find feed icon",
			slog.Int64("feed_id", c.feed.ID),
			slog.Any("error", err),
		)
	} else if icon == nil {
		slog.Debug("No icon found",
			slog.Int64("feed_id", c.feed.ID),
		)
	} else {
		if err := c.store.StoreFeedIcon(c.feed.ID, icon); err != nil {
			slog.Error("Unable to store feed icon",
				slog.Int64("feed_id", c.feed.ID),
				slog.Any("error", err),
			)
		}
	}
}

// findIcon stands in for iconFinder.findIcon (internal/reader/icon/finder.go):
// icons are deduplicated by the hash of their content.
func findIcon(siteURL, iconURL string) (*model.Icon, error) {
	if iconURL == "" {
		return nil, nil
	}
	content := []byte(iconURL)
	return &model.Icon{
		Hash:     crypto.HashFromBytes(content),
		MimeType: "image/x-icon",
		Content:  content,
	}, nil
}
