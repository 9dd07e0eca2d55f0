// Package sessions is a minimal stand-in for github.com/gorilla/sessions.
package sessions

// Options stores configuration for a session or session store.
type Options struct {
	Path   string
	Domain string
	MaxAge int
}

// Session stores the values and optional configuration for a session.
type Session struct {
	ID      string
	Values  map[interface{}]interface{}
	Options *Options
	IsNew   bool
	name    string
}

// NewSession is called by session stores to create a new session instance.
func NewSession(name string) *Session {
	return &Session{Values: make(map[interface{}]interface{}), Options: new(Options), IsNew: true, name: name}
}

// Name returns the name used to register the session.
func (s *Session) Name() string { return s.name }
