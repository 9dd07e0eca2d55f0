package app

import (
	"example.com/heldout/dnote/pkg/server/database"
	"example.com/heldout/dnote/pkg/server/helpers"
	"github.com/pkg/errors"
)

// CreateBook reproduces pkg/server/app/books.go:29.
// CreateBook creates a book with the next usn and updates the user's max_usn
func (a *App) CreateBook(user database.User, name string) (database.Book, error) {
	tx := a.DB.Begin()

	// safe: create of another model (the lookup reads the owning user's max_usn; the Book insert is unconditional)
	nextUSN, err := incrementUserUSN(tx, user.ID)
	if err != nil {
		tx.Rollback()
		return database.Book{}, errors.Wrap(err, "incrementing user max_usn")
	}

	uuid, err := helpers.GenUUID()
	if err != nil {
		return database.Book{}, err
	}

	book := database.Book{
		UUID:      uuid,
		UserID:    user.ID,
		Label:     name,
		AddedOn:   a.Clock.Now().UnixNano(),
		USN:       nextUSN,
		Encrypted: false,
	}
	if err := tx.Create(&book).Error; err != nil {
		tx.Rollback()
		return book, errors.Wrap(err, "inserting book")
	}

	tx.Commit()

	return book, nil
}
