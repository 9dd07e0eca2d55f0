// Package opml is a reduced copy of miniflux internal/reader/opml (OPML
// import, reached from POST /v1/import, the UI /upload and /fetch handlers).
package opml // import "example.com/realworld/miniflux/internal/reader/opml"

import (
	"encoding/xml"
	"fmt"
	"io"

	"example.com/realworld/miniflux/internal/model"
	"example.com/realworld/miniflux/internal/storage"
)

// Handler handles the logic for OPML import/export.
// internal/reader/opml/handler.go:16
type Handler struct {
	store *storage.Storage
}

type subcription struct {
	Title        string `xml:"title,attr"`
	FeedURL      string `xml:"xmlUrl,attr"`
	SiteURL      string `xml:"htmlUrl,attr"`
	Description  string `xml:"description,attr"`
	CategoryName string `xml:"category,attr"`
	UserAgent    string `xml:"userAgent,attr"`
	Crawler      bool   `xml:"crawler,attr"`
}

// Import parses and create feeds from an OPML import.
// internal/reader/opml/handler.go:60
func (h *Handler) Import(userID int64, data io.Reader) error {
	subscriptions, err := parse(data)
	if err != nil {
		return err
	}

	for _, subscription := range subscriptions {
		if h.store.FeedURLExists(userID, subscription.FeedURL) { // race
			continue
		}

		category, err := h.resolveCategory(userID, subscription.CategoryName)
		if err != nil {
			return err
		}

		if validationErr := validateSubscription(userID, category.ID, h.store, subscription); validationErr != nil {
			return fmt.Errorf(`opml: invalid feed settings for %q: %w`, subscription.FeedURL, validationErr)
		}

		feed := &model.Feed{
			UserID:      userID,
			Title:       subscription.Title,
			FeedURL:     subscription.FeedURL,
			SiteURL:     subscription.SiteURL,
			Description: subscription.Description,
			Category:    category,
		}
		applySubscriptionSettings(feed, subscription)
		if err := h.store.CreateFeed(feed); err != nil {
			return fmt.Errorf(`opml: unable to create this feed: %q`, subscription.FeedURL)
		}
	}

	return nil
}

// resolveCategory is internal/reader/opml/handler.go:97.
func (h *Handler) resolveCategory(userID int64, categoryName string) (*model.Category, error) {
	if categoryName == "" {
		category, err := h.store.FirstCategory(userID)
		if err != nil {
			return nil, fmt.Errorf("opml: unable to find first category: %w", err)
		}
		return category, nil
	}

	category, err := h.store.CategoryByTitle(userID, categoryName) // race
	if err != nil {
		return nil, fmt.Errorf("opml: unable to search category by title: %w", err)
	}

	if category == nil {
		category, err = h.store.CreateCategory(userID, &model.CategoryCreationRequest{Title: categoryName})
		if err != nil {
			return nil, fmt.Errorf(`opml: unable to create this category: %q`, categoryName)
		}
	}

	return category, nil
}

// applySubscriptionSettings is internal/reader/opml/handler.go:121 (reduced).
func applySubscriptionSettings(feed *model.Feed, s subcription) {
	feed.UserAgent = s.UserAgent
	feed.Crawler = s.Crawler
}

// validateSubscription is internal/reader/opml/handler.go:141. Upstream it
// builds a FeedCreationRequest and calls validator.ValidateFeedCreation,
// which repeats the FeedURLExists check (validator/feed.go:25) and checks the
// category; that validator is not reproduced (see CATALOGUE).
func validateSubscription(userID, categoryID int64, store *storage.Storage, s subcription) error {
	if s.FeedURL == "" {
		return fmt.Errorf("opml: empty feed url")
	}
	return nil
}

// NewHandler returns a new handler.
// internal/reader/opml/handler.go:172
func NewHandler(store *storage.Storage) *Handler {
	return &Handler{store: store}
}

// parse stands in for internal/reader/opml/parser.go.
func parse(data io.Reader) ([]subcription, error) {
	var doc struct {
		Outlines []subcription `xml:"body>outline"`
	}
	if err := xml.NewDecoder(data).Decode(&doc); err != nil {
		return nil, err
	}
	return doc.Outlines, nil
}
