// A fetch helper that runs the SQL its callers pass (miniflux's
// fetchUser(query string, args ...any)): a getter that passes constant
// SQL is a lookup of the table that SQL reads, by the key it pins.
package query_param

import (
	"database/sql"
	"errors"
	"fmt"
)

type Member struct {
	ID       int64
	Username string
	Email    string
}

type Storage struct {
	db *sql.DB
}

func NewStorage(db *sql.DB) *Storage { return &Storage{db: db} }

const memberColumns = ` id, username, email `

// fetchMember runs query; no row is (nil, nil).
func (s *Storage) fetchMember(query string, args ...any) (*Member, error) {
	var m Member
	err := s.db.QueryRow(query, args...).Scan(&m.ID, &m.Username, &m.Email)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	} else if err != nil {
		return nil, fmt.Errorf("store: unable to fetch member: %w", err)
	}
	return &m, nil
}

// MemberByUsername returns the member, nil when there is none.
func (s *Storage) MemberByUsername(username string) (*Member, error) {
	query := `SELECT` + memberColumns + `FROM members WHERE username = ?`
	return s.fetchMember(query, username)
}

// MemberByField is no lookup its callers can key: its column is chosen
// at run time.
func (s *Storage) MemberByField(field, value string) (*Member, error) {
	return s.fetchMember(fmt.Sprintf(`SELECT`+memberColumns+`FROM members WHERE %s = ?`, field), value)
}

// CreateMember inserts the member.
func (s *Storage) CreateMember(username, email string) error {
	_, err := s.db.Exec(`INSERT INTO members (username, email) VALUES (?, ?)`, username, email)
	return err
}

// Join returns the member, creating it on first sight.
func (s *Storage) Join(username, email string) (*Member, error) {
	m, err := s.MemberByUsername(username)
	if err != nil {
		return nil, err
	}
	if m == nil {
		if err := s.CreateMember(username, email); err != nil {
			return nil, err
		}
		return s.MemberByUsername(username)
	}
	return m, nil
}
