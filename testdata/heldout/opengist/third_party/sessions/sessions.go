// Package sessions is a minimal stand-in for github.com/gorilla/sessions.
package sessions

// Options is a stand-in for sessions.Options.
type Options struct {
	MaxAge int
}

// Session is a stand-in for sessions.Session.
type Session struct {
	Values  map[interface{}]interface{}
	Options *Options
}

// NewSession returns an empty session.
func NewSession() *Session {
	return &Session{Values: map[interface{}]interface{}{}, Options: &Options{}}
}
