// Package runtime reproduces go-admin-team/go-admin-core a912b404d5c0 sdk/runtime (router types and the DB registry only).
package runtime

import "gorm.io/gorm"

// Router is sdk/runtime/application.go:53.
type Router struct {
	HttpMethod, RelativePath, Handler string
}

// Routers is sdk/runtime/application.go:57.
type Routers struct {
	List []Router
}

// Application is sdk/runtime/application.go (trimmed).
type Application struct {
	dbs map[string]*gorm.DB
}

// GetAllDb is sdk/runtime/application.go:91.
func (e *Application) GetAllDb() map[string]*gorm.DB {
	return e.dbs
}

// NewConfig is sdk/runtime/application.go.
func NewConfig() *Application {
	return &Application{dbs: map[string]*gorm.DB{}}
}
