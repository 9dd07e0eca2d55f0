package validator // import "example.com/realworld/miniflux/internal/validator"

import (
	"net/url"

	"example.com/realworld/miniflux/internal/locale"
	"example.com/realworld/miniflux/internal/model"
	"example.com/realworld/miniflux/internal/storage"
)

// ValidateFeedModification validates feed modification.
// internal/validator/feed.go:77 (site URL, category and rule checks trimmed).
// ValidateFeedCreation (:16) is not reproduced, see CATALOGUE.
func ValidateFeedModification(store *storage.Storage, userID, feedID int64, request *model.FeedModificationRequest) *locale.LocalizedError {
	if request.FeedURL != nil {
		if *request.FeedURL == "" {
			return locale.NewLocalizedError("error.feed_url_not_empty")
		}

		if !isAbsoluteURL(*request.FeedURL) {
			return locale.NewLocalizedError("error.invalid_feed_url")
		}

		if store.AnotherFeedURLExists(userID, feedID, *request.FeedURL) { // safe: guards an UPDATE of the feed's own feed_url, no insert
			return locale.NewLocalizedError("error.feed_already_exists")
		}
	}

	if request.Title != nil {
		if *request.Title == "" {
			return locale.NewLocalizedError("error.feed_title_not_empty")
		}
	}

	return nil
}

// isAbsoluteURL stands in for internal/urllib.IsAbsoluteURL.
func isAbsoluteURL(link string) bool {
	u, err := url.Parse(link)
	return err == nil && u.IsAbs()
}
