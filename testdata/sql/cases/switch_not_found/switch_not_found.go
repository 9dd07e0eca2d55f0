// A getter that maps sql.ErrNoRows to an error value of its own in a
// tagless switch, and callers that create when it fails (writefreely's
// getRemoteUser and its followers' inbox).
package switch_not_found

import (
	"database/sql"
	"net/http"
)

// HTTPError is the getter's not-found answer.
type HTTPError struct {
	Status  int
	Message string
}

func (e HTTPError) Error() string { return e.Message }

// RemoteUser is a row of remoteusers.
type RemoteUser struct {
	ActorID string
	Inbox   string
}

// Store holds the database.
type Store struct{ DB *sql.DB }

// NewStore returns a store over db.
func NewStore(db *sql.DB) *Store { return &Store{DB: db} }

func (s *Store) getRemoteUser(actorID string) (*RemoteUser, error) {
	u := RemoteUser{ActorID: actorID}
	err := s.DB.QueryRow("SELECT inbox FROM remoteusers WHERE actor_id = $1", actorID).Scan(&u.Inbox)
	switch {
	case err == sql.ErrNoRows:
		return nil, HTTPError{Status: http.StatusNotFound, Message: "No remote user with that ID."}
	case err != nil:
		return nil, err
	}
	return &u, nil
}

// Follow records the remote user the first time it is seen: fixed.
func (s *Store) Follow(actorID string) (string, error) {
	_, errRemoteUser := s.getRemoteUser(actorID)
	if errRemoteUser == nil {
		return "known", nil
	}
	_, err := s.DB.Exec("INSERT INTO remoteusers (actor_id, inbox) VALUES ($1, $2)", actorID, "inbox:"+actorID)
	if err != nil {
		return "", err
	}
	return "inserted", nil
}

// SetHandle updates a user it found, and nothing else: a guard of an
// update, nothing to report.
func (s *Store) SetHandle(actorID, handle string) error {
	if _, err := s.getRemoteUser(actorID); err != nil {
		return err
	}
	_, err := s.DB.Exec("UPDATE remoteusers SET handle = $1 WHERE actor_id = $2", handle, actorID)
	return err
}
