package db

import "gorm.io/gorm"

// MigrationVersion reproduces internal/db/migration.go:10.
type MigrationVersion struct {
	ID      uint `gorm:"primaryKey"`
	Version uint
}

// applyMigrations reproduces internal/db/migration.go:15-88, reduced to the one
// migration that touches a looked-up column: v3_normalizedColumns (:132) fills
// users.username_normalized and gists.url_normalized. None of the migrations
// (v1 :91 rebuilds ssh_keys without any index, v2 :126 lowercases emails)
// declares a unique index.
func applyMigrations() error {
	if err := db.AutoMigrate(&MigrationVersion{}); err != nil {
		return err
	}
	return v3_normalizedColumns()
}

// v3_normalizedColumns reproduces internal/db/migration.go:132.
func v3_normalizedColumns() error {
	if err := db.Model(&User{}).Where("username_normalized = '' OR username_normalized IS NULL").
		Updates(map[string]interface{}{"username_normalized": gorm.Expr("LOWER(username)")}).Error; err != nil {
		return err
	}
	return db.Model(&Gist{}).Where("url_normalized = '' OR url_normalized IS NULL").
		Updates(map[string]interface{}{"url_normalized": gorm.Expr("LOWER(url)")}).Error
}
