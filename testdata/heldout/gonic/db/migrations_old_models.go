// nolint: staticcheck
package db

import "time"

// __OldPlay reproduces db/migrations_old_models.go:6 (the plays table of migrateInitSchema,
// dropped by migrateAddTrackPlays).
type __OldPlay struct {
	ID      int `gorm:"primary_key"`
	User    *User
	UserID  int `gorm:"not null; index" sql:"default: null; type:int REFERENCES users(id) ON DELETE CASCADE"`
	Album   *Album
	AlbumID int       `gorm:"not null; index" sql:"default: null; type:int REFERENCES albums(id) ON DELETE CASCADE"`
	Time    time.Time `sql:"default: null"`
	Count   int
	Length  int
}

func (__OldPlay) TableName() string { return "plays" }
