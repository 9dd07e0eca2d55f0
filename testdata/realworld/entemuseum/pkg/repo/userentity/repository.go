// Package userentity is a reduced copy of museum pkg/repo/userentity.
package userentity

import "database/sql"

// Repository is server/pkg/repo/userentity/repository.go.
type Repository struct {
	DB *sql.DB
}
