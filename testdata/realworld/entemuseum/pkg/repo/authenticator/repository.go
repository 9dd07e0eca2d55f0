// Package authenticator is a reduced copy of museum pkg/repo/authenticator.
package authenticator

import "database/sql"

// Repository is server/pkg/repo/authenticator/repository.go.
type Repository struct {
	DB *sql.DB
}
