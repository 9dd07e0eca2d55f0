// A storage method that answers with a bool whether a row exists (the
// query's error dropped: SELECT true ... scanned into a bool), a
// validator that returns an error when it does, and a handler that
// creates after the validator passed: the race is in the handler.
package exists_validator

import (
	"database/sql"
	"errors"
)

type Storage struct{ db *sql.DB }

// UserExists checks if a user exists by using the given username.
func (s *Storage) UserExists(username string) bool {
	var result bool
	s.db.QueryRow(`SELECT true FROM users WHERE username=LOWER($1) LIMIT 1`, username).Scan(&result)
	return result
}

// CreateUser creates a new user.
func (s *Storage) CreateUser(username, password string) (int64, error) {
	var id int64
	err := s.db.QueryRow(`INSERT INTO users (username, password) VALUES (LOWER($1), $2) RETURNING id`, username, password).Scan(&id)
	return id, err
}

var ErrUserExists = errors.New("user already exists")

// ValidateUserCreation validates a new user.
func ValidateUserCreation(store *Storage, username string) error {
	if username == "" {
		return errors.New("username is mandatory")
	}
	if store.UserExists(username) {
		return ErrUserExists
	}
	return nil
}

// CreateUserHandler creates the user after the validation.
func CreateUserHandler(store *Storage, username, password string) (int64, error) {
	if err := ValidateUserCreation(store, username); err != nil {
		return 0, err
	}
	return store.CreateUser(username, password)
}

// CategoryTitleExists keeps its query in a local first (miniflux's
// storage/category.go).
func (s *Storage) CategoryTitleExists(userID int64, title string) bool {
	var result bool
	query := `SELECT true FROM categories WHERE user_id=$1 AND lower(title)=lower($2) LIMIT 1`
	s.db.QueryRow(query, userID, title).Scan(&result)
	return result
}

// CreateCategory creates a category.
func (s *Storage) CreateCategory(userID int64, title string) (int64, error) {
	var id int64
	err := s.db.QueryRow(`INSERT INTO categories (user_id, title) VALUES ($1, $2) RETURNING id`, userID, title).Scan(&id)
	return id, err
}

var ErrCategoryExists = errors.New("category already exists")

// CreateCategoryHandler creates the category unless its title is taken.
func CreateCategoryHandler(store *Storage, userID int64, title string) (int64, error) {
	if store.CategoryTitleExists(userID, title) {
		return 0, ErrCategoryExists
	}
	return store.CreateCategory(userID, title)
}
