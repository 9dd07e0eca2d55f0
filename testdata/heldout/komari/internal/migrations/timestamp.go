package migrations

import (
	"fmt"

	appconfig "example.com/heldout/komari/internal/config"
	"gorm.io/gorm"
	"gorm.io/gorm/clause"
)

const timestampUTCMigrationKey = "internal_timestamp_utc_migrated"

// migrateLegacyTimestampColumns makes old offset-free SQLite values
// unambiguous before any current model scans them as time.Time
// (timestamp.go:69; the per-column conversion is trimmed).
func migrateLegacyTimestampColumns(db *gorm.DB) error {
	if timestampMigrationDone(db) {
		return nil
	}

	return db.Transaction(func(tx *gorm.DB) error {
		// (conversion of legacyTimestampColumns trimmed)
		return nil
	})
}

// timestampMigrationDone reproduces timestamp.go:213.
func timestampMigrationDone(db *gorm.DB) bool {
	if !db.Migrator().HasTable(&appconfig.ConfigItem{}) || hasLegacyConfigTable(db) {
		return false
	}
	var item appconfig.ConfigItem
	if err := db.Where("key = ?", timestampUTCMigrationKey).First(&item).Error; err != nil { // safe: single start-up path (Run inside dbcore.Initialize's sync.Once), and the marker is written with ON CONFLICT (key) DO UPDATE
		return false
	}
	return item.Value == "true"
}

// markTimestampMigrationDone reproduces timestamp.go:224.
func markTimestampMigrationDone(db *gorm.DB) error {
	if hasLegacyConfigTable(db) {
		return fmt.Errorf("new config item table is unavailable")
	}
	if !db.Migrator().HasTable(&appconfig.ConfigItem{}) {
		if err := db.AutoMigrate(&appconfig.ConfigItem{}); err != nil {
			return fmt.Errorf("create config item table: %w", err)
		}
	}
	item := appconfig.ConfigItem{Key: timestampUTCMigrationKey, Value: "true"}
	return db.Clauses(clause.OnConflict{
		Columns:   []clause.Column{{Name: "key"}},
		DoUpdates: clause.AssignmentColumns([]string{"value"}),
	}).Create(&item).Error
}
