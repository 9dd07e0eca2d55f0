// Forms of "does it exist" a repository layer writes: a (bool, error)
// helper over a getter that maps the driver's not-found to false (ente's
// IsSRPSetupDone), a getter that answers not-found with (nil, nil) from a
// tagless switch (miniflux's CategoryByTitle), and a caller that asks in
// a tagless switch's case (miniflux's getOrCreateCategory).
package exists_forms

import (
	"database/sql"
	"errors"
	"fmt"
)

type Category struct {
	ID     int64
	UserID int64
	Title  string
}

type Storage struct{ db *sql.DB }

func NewStorage(db *sql.DB) *Storage { return &Storage{db: db} }

// GetSetup returns the user's setup row.
func (s *Storage) GetSetup(userID int64) (string, error) {
	var salt string
	err := s.db.QueryRow(`SELECT salt FROM setups WHERE user_id = $1`, userID).Scan(&salt)
	if err != nil {
		return "", fmt.Errorf("reading setup: %w", err)
	}
	return salt, nil
}

// IsSetupDone reports whether the user has a setup row.
func (s *Storage) IsSetupDone(userID int64) (bool, error) {
	_, err := s.GetSetup(userID)
	if err != nil {
		if errors.Is(err, sql.ErrNoRows) {
			return false, nil
		}
		return false, fmt.Errorf("failed to read setup: %w", err)
	}
	return true, nil
}

// InsertSetup stores the user's setup, once.
func (s *Storage) InsertSetup(userID int64, salt string) error {
	done, err := s.IsSetupDone(userID)
	if err != nil {
		return err
	}
	if done {
		return errors.New("setup already complete")
	}
	_, err = s.db.Exec(`INSERT INTO setups (user_id, salt) VALUES ($1, $2)`, userID, salt)
	return err
}

// CategoryByTitle returns the category, nil when there is none.
func (s *Storage) CategoryByTitle(userID int64, title string) (*Category, error) {
	var c Category
	err := s.db.QueryRow(`SELECT id, user_id, title FROM categories WHERE user_id=$1 AND title=$2`, userID, title).Scan(&c.ID, &c.UserID, &c.Title)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return nil, nil
	case err != nil:
		return nil, fmt.Errorf(`store: unable to fetch category: %v`, err)
	default:
		return &c, nil
	}
}

// CategoryTitleExists reports whether the user has a category titled so.
func (s *Storage) CategoryTitleExists(userID int64, title string) bool {
	var result bool
	s.db.QueryRow(`SELECT true FROM categories WHERE user_id=$1 AND title=$2 LIMIT 1`, userID, title).Scan(&result)
	return result
}

// CreateCategory creates a category.
func (s *Storage) CreateCategory(userID int64, title string) (*Category, error) {
	c := Category{UserID: userID, Title: title}
	err := s.db.QueryRow(`INSERT INTO categories (user_id, title) VALUES ($1, $2) RETURNING id`, userID, title).Scan(&c.ID)
	if err != nil {
		return nil, err
	}
	return &c, nil
}

// ResolveCategory returns the user's category titled so, creating it.
func (s *Storage) ResolveCategory(userID int64, title string) (*Category, error) {
	category, err := s.CategoryByTitle(userID, title)
	if err != nil {
		return nil, fmt.Errorf("unable to search category by title: %w", err)
	}
	if category == nil {
		category, err = s.CreateCategory(userID, title)
		if err != nil {
			return nil, fmt.Errorf("unable to create category %q", title)
		}
	}
	return category, nil
}

// GetOrCreateCategory returns the category titled so; "" is the first.
func (s *Storage) GetOrCreateCategory(userID int64, title string) (*Category, error) {
	switch {
	case title == "":
		return nil, errors.New("no title")
	case s.CategoryTitleExists(userID, title):
		return s.CategoryByTitle(userID, title)
	default:
		return s.CreateCategory(userID, title)
	}
}

// ListOrCreate is not reported: its switch never looks up before the
// create.
func (s *Storage) ListOrCreate(userID int64, title string) (*Category, error) {
	switch {
	case title == "":
		return nil, errors.New("no title")
	default:
		return s.CreateCategory(userID, title)
	}
}
