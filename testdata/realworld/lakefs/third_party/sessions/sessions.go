// Package sessions is a stand-in for github.com/gorilla/sessions.
package sessions

type Session struct {
	Values map[any]any
}
