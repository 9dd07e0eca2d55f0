// Package database reproduces api/database/database.go: the schema is created
// by GORM AutoMigrate from the struct tags of api/graphql/models (there are no
// SQL migration files). Unique keys that matter: albums.path_hash (album.go:19),
// media.path_hash (media.go:19), users.username (user.go:16), the composite
// primary key of user_albums (user.go:31-32). user_preferences.user_id
// (user.go:45) and media_urls.(media_id, purpose) (media.go:108,113) are plain
// indexes; site_info (site_info.go:9) has no key at all.
package database

import (
	"log"

	"example.com/heldout/photoview/api/graphql/models"
	"gorm.io/gorm"
)

// database_models is api/database/database.go:154.
var database_models []interface{} = []interface{}{
	&models.User{},
	&models.AccessToken{},
	&models.SiteInfo{},
	&models.Media{},
	&models.MediaURL{},
	&models.Album{},
	&models.MediaEXIF{},
	&models.VideoMetadata{},
	&models.ShareToken{},
	&models.UserMediaData{},
	&models.UserAlbums{},
	&models.UserPreferences{},

	// Face detection
	&models.FaceGroup{},
	&models.ImageFace{},
}

// MigrateDatabase is api/database/database.go:173 (reduced to the schema part).
func MigrateDatabase(db *gorm.DB) error {

	if err := db.SetupJoinTable(&models.User{}, "Albums", &models.UserAlbums{}); err != nil {
		log.Printf("Setup UserAlbums join table failed: %v\n", err)
	}

	if err := db.AutoMigrate(database_models...); err != nil {
		log.Printf("Auto migration failed: %v\n", err)
	}

	return nil
}
