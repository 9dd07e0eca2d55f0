// Package migration reproduces internal/database/migration/migrator.go.
package migration

import (
	"errors"
	"fmt"
	"strings"
	"time"

	commonModel "example.com/heldout/ech0/internal/model/common"
	"gorm.io/gorm"
)

// Migrator is the upstream migrator interface (reduced).
type Migrator interface {
	Name() string
	Key() string
	CanRerun() bool
	Migrate(db *gorm.DB) error
}

// Migrate is internal/database/migration/migrator.go:57 (options reduced to
// the migrator list). It is called once from database.InitDatabase
// (database.go:146) during start-up, before the HTTP server starts.
func Migrate(db *gorm.DB, migrators ...Migrator) {
	for _, migrator := range migrators {
		markerKey := strings.TrimSpace(migrator.Key())
		if markerKey != "" && !migrator.CanRerun() {
			done, err := isMigratorDone(db, markerKey) // safe: runs once at start-up from InitDatabase (database.go:146) before any request; the marker write is db.Save, which GORM turns into UPDATE then INSERT ... ON CONFLICT DO UPDATE
			if err != nil {
				return
			}
			if done {
				continue
			}
		}

		if err := migrator.Migrate(db); err != nil {
			return
		}

		if markerKey != "" {
			if err := markMigratorDone(db, markerKey, migrator.Name()); err != nil {
				return
			}
		}
	}
}

// isMigratorDone is internal/database/migration/migrator.go:127.
func isMigratorDone(db *gorm.DB, markerKey string) (bool, error) {
	var marker commonModel.KeyValue
	err := db.Where("key = ?", markerKey).First(&marker).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	return strings.TrimSpace(marker.Value) != "", nil
}

// markMigratorDone is internal/database/migration/migrator.go:139.
func markMigratorDone(db *gorm.DB, markerKey, migratorName string) error {
	marker := commonModel.KeyValue{
		Key: markerKey,
		Value: fmt.Sprintf(
			"done_at=%s;migrator=%s",
			time.Now().UTC().Format(time.RFC3339),
			strings.TrimSpace(migratorName),
		),
	}
	return db.Save(&marker).Error
}
