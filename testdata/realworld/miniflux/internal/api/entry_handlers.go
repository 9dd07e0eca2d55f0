package api // import "example.com/realworld/miniflux/internal/api"

import (
	json_parser "encoding/json"
	"errors"
	"net/http"
	"time"

	"example.com/realworld/miniflux/internal/crypto"
	"example.com/realworld/miniflux/internal/http/request"
	"example.com/realworld/miniflux/internal/http/response"
	"example.com/realworld/miniflux/internal/model"
	"example.com/realworld/miniflux/internal/storage"
)

type entryImportRequest struct {
	URL         string `json:"url"`
	Title       string `json:"title"`
	Content     string `json:"content"`
	ExternalID  string `json:"external_id"`
	PublishedAt int64  `json:"published_at"`
}

type entryIDResponse struct {
	ID int64 `json:"id"`
}

// importFeedEntryHandler is internal/api/entry_handlers.go:354 (status,
// starred, sanitizing and reading time trimmed): InsertEntryForFeed (:436)
// looks the entry up by (feed_id, hash) and creates it when absent.
func (h *handler) importFeedEntryHandler(w http.ResponseWriter, r *http.Request) {
	userID := request.UserID(r)

	feedID := request.RouteInt64Param(r, "feedID")
	if feedID <= 0 {
		response.JSONBadRequest(w, r, errors.New("invalid feed ID"))
		return
	}

	exists, err := h.store.FeedExists(userID, feedID)
	if err != nil {
		response.JSONServerError(w, r, err)
		return
	}
	if !exists {
		response.JSONBadRequest(w, r, errors.New("feed does not exist"))
		return
	}

	var importRequest entryImportRequest
	if err := json_parser.NewDecoder(r.Body).Decode(&importRequest); err != nil {
		response.JSONBadRequest(w, r, err)
		return
	}

	if importRequest.URL == "" {
		response.JSONBadRequest(w, r, errors.New("url is required"))
		return
	}

	entry := &model.Entry{}
	entry.URL = importRequest.URL
	entry.Content = importRequest.Content

	if importRequest.PublishedAt > 0 {
		entry.Date = time.Unix(importRequest.PublishedAt, 0).UTC()
	} else {
		entry.Date = time.Now().UTC()
	}

	if importRequest.Title == "" {
		entry.Title = entry.URL
	} else {
		entry.Title = importRequest.Title
	}

	hashInput := importRequest.ExternalID
	if hashInput == "" {
		hashInput = importRequest.URL
	}
	entry.Hash = crypto.HashFromBytes([]byte(hashInput))

	created, err := h.store.InsertEntryForFeed(userID, feedID, entry)
	if errors.Is(err, storage.ErrEntryTombstoned) {
		response.JSONBadRequest(w, r, err)
		return
	}
	if err != nil {
		response.JSONServerError(w, r, err)
		return
	}

	if created {
		response.JSONCreated(w, r, entryIDResponse{ID: entry.ID})
	} else {
		response.JSON(w, r, entryIDResponse{ID: entry.ID})
	}
}
