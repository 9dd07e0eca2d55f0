// GORM v1 (github.com/jinzhu/gorm), which older services still run:
// its not-found tests (RecordNotFound(), gorm.IsRecordNotFoundError,
// ErrRecordNotFound) and its tags (primary_key, unique_index) are read,
// and its sites reported. The fix is written with gorm.io/gorm's API,
// so none is offered here; the message says what to do instead.
package gorm_v1

import (
	"errors"
	"time"

	"github.com/jinzhu/gorm"
)

// DB wraps the handle, as gonic's db.DB does: its calls are GORM's.
type DB struct {
	*gorm.DB
}

// Transaction runs cb in a transaction of the wrapper's own.
func (db *DB) Transaction(cb func(*DB) error) error {
	return db.DB.Transaction(func(tx *gorm.DB) error { return cb(&DB{tx}) })
}

type Star struct {
	UserID   int `gorm:"primary_key;auto_increment:false"`
	AlbumID  int `gorm:"primary_key;auto_increment:false"`
	StarDate time.Time
}

type Tag struct {
	ID   int
	Name string `gorm:"unique_index"`
}

type Play struct {
	ID     int
	UserID int
	Track  int
}

// StarAlbum stars the album for the user.
func StarAlbum(db *gorm.DB, user, album int) error {
	var s Star
	if err := db.Where("user_id = ? AND album_id = ?", user, album).First(&s).Error; err != nil {
		if gorm.IsRecordNotFoundError(err) {
			return db.Create(&Star{UserID: user, AlbumID: album}).Error
		}
		return err
	}
	return nil
}

// TagFor returns the tag, created when missing.
func TagFor(db *gorm.DB, name string) (*Tag, error) {
	var t Tag
	if db.Where("name = ?", name).First(&t).RecordNotFound() {
		t = Tag{Name: name}
		if err := db.Create(&t).Error; err != nil {
			return nil, err
		}
	}
	return &t, nil
}

// PlayFor: plays have no unique key.
func PlayFor(db *gorm.DB, user, track int) error {
	var p Play
	err := db.Where("user_id = ? AND track = ?", user, track).First(&p).Error
	if err == gorm.ErrRecordNotFound {
		return db.Create(&Play{UserID: user, Track: track}).Error
	}
	return err
}

// TagName only reads: no site.
func TagName(db *gorm.DB, id int) (string, bool) {
	var t Tag
	if db.First(&t, id).RecordNotFound() {
		return "", false
	}
	return t.Name, true
}

// Restar stars the album again, or for the first time: v1's Save of a
// record whose primary key is set runs an UPDATE, then a FirstOrCreate
// when it matched no row, a race of its own.
func Restar(db *DB, user, album int, at time.Time) error {
	var s Star
	if err := db.Where("user_id = ? AND album_id = ?", user, album).First(&s).Error; err != nil && !errors.Is(err, gorm.ErrRecordNotFound) {
		return err
	}
	s.UserID = user
	s.AlbumID = album
	s.StarDate = at
	return db.Save(&s).Error
}
