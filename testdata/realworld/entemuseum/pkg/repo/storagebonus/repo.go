// Package storagebonus is a reduced copy of museum pkg/repo/storagebonus.
package storagebonus

import "database/sql"

// Repository is server/pkg/repo/storagebonus/repo.go.
type Repository struct {
	DB *sql.DB
}
