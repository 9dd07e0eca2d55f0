// Package handler is a reduced copy of miniflux internal/reader/handler
// (feed creation and refresh).
package handler // import "example.com/realworld/miniflux/internal/reader/handler"

import (
	"errors"
	"io"
	"net/http"

	"example.com/realworld/miniflux/internal/locale"
	"example.com/realworld/miniflux/internal/model"
	"example.com/realworld/miniflux/internal/reader/icon"
	"example.com/realworld/miniflux/internal/storage"
)

var (
	ErrCategoryNotFound = errors.New("fetcher: category not found")
	ErrFeedNotFound     = errors.New("fetcher: feed not found")
	ErrDuplicatedFeed   = errors.New("fetcher: duplicated feed")
)

// CreateFeed fetch, parse and store a new feed.
// internal/reader/handler/handler.go:108 (request builder options and the
// processor are trimmed). Reached from POST /v1/feeds (api createFeedHandler,
// after validator.ValidateFeedCreation), the UI POST /subscribe and the
// Google Reader quickadd/subscription edit (googlereader subscribe).
func CreateFeed(store *storage.Storage, userID int64, feedCreationRequest *model.FeedCreationRequest) (*model.Feed, *locale.LocalizedErrorWrapper) {
	categoryExists, storeErr := store.CategoryIDExists(userID, feedCreationRequest.CategoryID) // safe: parent lookup, a missing category returns an error; the feed is inserted under its own key (user_id, feed_url)
	if storeErr != nil {
		return nil, locale.NewLocalizedErrorWrapper(storeErr, "error.database_error", storeErr)
	}
	if !categoryExists {
		return nil, locale.NewLocalizedErrorWrapper(ErrCategoryNotFound, "error.category_not_found")
	}

	effectiveURL, responseBody, err := fetchFeed(feedCreationRequest.FeedURL)
	if err != nil {
		return nil, locale.NewLocalizedErrorWrapper(err, "error.http_client_error", err)
	}

	if store.FeedURLExists(userID, effectiveURL) { // race
		return nil, locale.NewLocalizedErrorWrapper(ErrDuplicatedFeed, "error.duplicated_feed")
	}

	subscription, parseErr := parseFeed(effectiveURL, responseBody)
	if parseErr != nil {
		return nil, locale.NewLocalizedErrorWrapper(parseErr, "error.unable_to_parse_feed", parseErr)
	}

	subscription.UserID = userID
	subscription.UserAgent = feedCreationRequest.UserAgent
	subscription.Crawler = feedCreationRequest.Crawler
	subscription.FeedURL = effectiveURL
	subscription.WithCategoryID(feedCreationRequest.CategoryID)
	subscription.CheckedNow()

	if storeErr := store.CreateFeed(subscription); storeErr != nil {
		return nil, locale.NewLocalizedErrorWrapper(storeErr, "error.database_error", storeErr)
	}

	icon.NewIconChecker(store, subscription).UpdateOrCreateFeedIcon()

	return subscription, nil
}

// RefreshFeed refreshes a feed.
// internal/reader/handler/handler.go:204 (HTTP caching, scheduling, error
// translation, integrations and the feed URL check at :276 are trimmed).
// Called by the background workers (internal/worker/worker.go:47), by
// PUT /v1/feeds/{feedID}/refresh (api/feed_handlers.go:72) and by the UI
// POST /feed/{feedID}/refresh (ui/feed_refresh.go:21), so two refreshes of
// one feed can run at once.
func RefreshFeed(store *storage.Storage, userID, feedID int64, forceRefresh bool) *locale.LocalizedErrorWrapper {
	originalFeed, storeErr := store.FeedByID(userID, feedID)
	if storeErr != nil {
		return locale.NewLocalizedErrorWrapper(storeErr, "error.database_error", storeErr)
	}

	if originalFeed == nil {
		return locale.NewLocalizedErrorWrapper(ErrFeedNotFound, "error.feed_not_found")
	}

	originalFeed.CheckedNow()

	effectiveURL, responseBody, err := fetchFeed(originalFeed.FeedURL)
	if err != nil {
		return locale.NewLocalizedErrorWrapper(err, "error.http_client_error", err)
	}

	updatedFeed, parseErr := parseFeed(effectiveURL, responseBody)
	if parseErr != nil {
		return locale.NewLocalizedErrorWrapper(parseErr, "error.unable_to_parse_feed", parseErr)
	}

	originalFeed.Entries = updatedFeed.Entries

	updateExistingEntries := forceRefresh || (!originalFeed.Crawler && !originalFeed.IgnoreEntryUpdates)
	_, storeErr = store.RefreshFeedEntries(originalFeed.UserID, originalFeed.ID, originalFeed.Entries, updateExistingEntries)
	if storeErr != nil {
		return locale.NewLocalizedErrorWrapper(storeErr, "error.database_error", storeErr)
	}

	originalFeed.ResetErrorCounter()

	if storeErr := store.UpdateFeed(originalFeed); storeErr != nil {
		return locale.NewLocalizedErrorWrapper(storeErr, "error.database_error", storeErr)
	}

	return nil
}

// fetchFeed stands in for the fetcher (internal/reader/fetcher).
func fetchFeed(feedURL string) (string, []byte, error) {
	resp, err := http.Get(feedURL)
	if err != nil {
		return "", nil, err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	return resp.Request.URL.String(), body, err
}

// parseFeed stands in for internal/reader/parser.ParseFeed.
func parseFeed(baseURL string, body []byte) (*model.Feed, error) {
	if len(body) == 0 {
		return nil, errors.New("parser: empty feed")
	}
	return &model.Feed{FeedURL: baseURL, SiteURL: baseURL, Title: baseURL}, nil
}
