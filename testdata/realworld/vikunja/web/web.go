// Package web reproduces the parts of go-vikunja/vikunja pkg/web used by the
// reproductions (Auth, CRUDable, Permissions).
package web

// Auth is pkg/web/web.go: the authenticated doer.
type Auth interface {
	GetID() int64
}

// CRUDable is embedded by the models (methods trimmed).
type CRUDable interface{}

// Permissions is embedded by the models (methods trimmed).
type Permissions interface{}
