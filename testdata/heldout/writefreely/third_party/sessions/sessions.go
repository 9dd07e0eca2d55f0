// Package sessions is a stand-in for github.com/gorilla/sessions.
package sessions

import "net/http"

// Session is a cookie session.
type Session struct {
	Values map[interface{}]interface{}
}

// Save writes the session.
func (s *Session) Save(r *http.Request, w http.ResponseWriter) error {
	return nil
}

// AddFlash adds a flash message.
func (s *Session) AddFlash(value interface{}, vars ...string) {}

// Store retrieves sessions.
type Store interface {
	Get(r *http.Request, name string) (*Session, error)
}
