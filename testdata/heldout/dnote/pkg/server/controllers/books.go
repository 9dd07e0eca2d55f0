package controllers

import (
	"net/http"

	"example.com/heldout/dnote/pkg/server/app"
	"example.com/heldout/dnote/pkg/server/context"
	"example.com/heldout/dnote/pkg/server/database"
	"github.com/pkg/errors"
)

// Books reproduces pkg/server/controllers/books.go:43.
// Books is a user controller.
type Books struct {
	app *app.App
}

// NewBooks reproduces pkg/server/controllers/books.go:36.
func NewBooks(app *app.App) *Books {
	return &Books{
		app: app,
	}
}

// createBookPayload reproduces pkg/server/controllers/books.go:124.
type createBookPayload struct {
	Name string `schema:"name" json:"name"`
}

// validateCreateBookPayload reproduces pkg/server/controllers/books.go:128.
func validateCreateBookPayload(p createBookPayload) error {
	if p.Name == "" {
		return app.ErrBookNameRequired
	}

	return nil
}

// create reproduces pkg/server/controllers/books.go:136.
// GORM v1 -> v2: bookCount is int64 (v1 took *int).
func (b *Books) create(r *http.Request) (database.Book, error) {
	user := context.User(r.Context())
	if user == nil {
		return database.Book{}, app.ErrLoginRequired
	}

	var params createBookPayload
	if err := parseRequestData(r, &params); err != nil {
		return database.Book{}, errors.Wrap(err, "parsing request payload")
	}

	if err := validateCreateBookPayload(params); err != nil {
		return database.Book{}, errors.Wrap(err, "validating payload")
	}

	var bookCount int64
	// race
	err := b.app.DB.Model(database.Book{}).
		Where("user_id = ? AND label = ?", user.ID, params.Name).
		Count(&bookCount).Error
	if err != nil {
		return database.Book{}, errors.Wrap(err, "checking duplicate")
	}
	if bookCount > 0 {
		return database.Book{}, app.ErrDuplicateBook
	}

	book, err := b.app.CreateBook(*user, params.Name)
	if err != nil {
		return database.Book{}, errors.Wrap(err, "inserting a book")
	}

	return book, nil
}

// V3Create reproduces pkg/server/controllers/books.go:176 (JSON response trimmed).
// V3Create creates a book
func (b *Books) V3Create(w http.ResponseWriter, r *http.Request) {
	_, err := b.create(r)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}

	w.WriteHeader(http.StatusCreated)
}
