// Package sessions is a minimal stand-in for github.com/gin-contrib/sessions (v0.0.5 upstream).
package sessions

import "example.com/heldout/messagepusher/pkg/gin"

// Session is the session of the current request.
type Session interface {
	Get(key interface{}) interface{}
	Set(key interface{}, val interface{})
	Clear()
	Save() error
}

type session struct{ values map[interface{}]interface{} }

func (s *session) Get(key interface{}) interface{}      { return s.values[key] }
func (s *session) Set(key interface{}, val interface{}) { s.values[key] = val }
func (s *session) Clear()                               { s.values = map[interface{}]interface{}{} }
func (s *session) Save() error                          { return nil }

// Default returns the session stored in the context by the sessions middleware.
func Default(c *gin.Context) Session {
	if s, ok := c.Keys["github.com/gin-contrib/sessions"].(Session); ok {
		return s
	}
	return &session{values: map[interface{}]interface{}{}}
}
