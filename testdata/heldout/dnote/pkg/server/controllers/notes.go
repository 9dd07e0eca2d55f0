package controllers

import (
	"net/http"

	"example.com/heldout/dnote/pkg/server/app"
	"example.com/heldout/dnote/pkg/server/context"
	"example.com/heldout/dnote/pkg/server/database"
	"github.com/pkg/errors"
)

// Notes reproduces pkg/server/controllers/notes.go:50.
// Notes is a user controller.
type Notes struct {
	app *app.App
}

// NewNotes reproduces pkg/server/controllers/notes.go:41.
func NewNotes(app *app.App) *Notes {
	return &Notes{
		app: app,
	}
}

// createNotePayload reproduces pkg/server/controllers/notes.go:264.
type createNotePayload struct {
	BookUUID string `schema:"book_uuid" json:"book_uuid"`
	Content  string `schema:"content" json:"content"`
	AddedOn  *int64 `schema:"added_on" json:"added_on"`
	EditedOn *int64 `schema:"edited_on" json:"edited_on"`
}

// validateCreateNotePayload reproduces pkg/server/controllers/notes.go:271.
func validateCreateNotePayload(p createNotePayload) error {
	if p.BookUUID == "" {
		return app.ErrBookUUIDRequired
	}

	return nil
}

// create reproduces pkg/server/controllers/notes.go:279.
func (n *Notes) create(r *http.Request) (database.Note, error) {
	user := context.User(r.Context())
	if user == nil {
		return database.Note{}, app.ErrLoginRequired
	}

	var params createNotePayload
	if err := parseRequestData(r, &params); err != nil {
		return database.Note{}, errors.Wrap(err, "parsing request payload")
	}

	if err := validateCreateNotePayload(params); err != nil {
		return database.Note{}, err
	}

	var book database.Book
	// safe: not-found returns an error (the parent Book must exist); the insert is of another model (Note)
	if err := n.app.DB.Where("uuid = ? AND user_id = ?", params.BookUUID, user.ID).First(&book).Error; err != nil {
		return database.Note{}, errors.Wrap(err, "finding book")
	}

	client := getClientType(r)
	note, err := n.app.CreateNote(*user, params.BookUUID, params.Content, params.AddedOn, params.EditedOn, false, client)
	if err != nil {
		return database.Note{}, errors.Wrap(err, "creating note")
	}

	// preload associations
	note.User = *user
	note.Book = book

	return note, nil
}

// V3Create reproduces pkg/server/controllers/notes.go:345 (JSON response trimmed).
// V3Create creates note
func (n *Notes) V3Create(w http.ResponseWriter, r *http.Request) {
	_, err := n.create(r)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}

	w.WriteHeader(http.StatusCreated)
}
