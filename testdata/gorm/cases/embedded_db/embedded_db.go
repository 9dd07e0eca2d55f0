// A handle type of the module that embeds *gorm.DB (gonic's
// type DB struct{ *gorm.DB }) is *gorm.DB: its Where, First and Create
// are GORM's, so its get-or-create is found and fixed. A wrapper that
// declares a Create of its own is not read as GORM's handle.
package embedded_db

import (
	"errors"

	"gorm.io/gorm"
)

type DB struct {
	*gorm.DB
}

type Genre struct {
	ID   uint   `gorm:"primaryKey"`
	Name string `gorm:"size:64;uniqueIndex"`
}

type Store struct{ db *DB }

func NewStore(db *gorm.DB) *Store { return &Store{db: &DB{db}} }

// GenreFor returns the genre's id, created when missing.
func (s *Store) GenreFor(name string) (uint, error) {
	var g Genre
	err := s.db.Where("name = ?", name).First(&g).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		g = Genre{Name: name}
		err = s.db.Create(&g).Error
	}
	return g.ID, err
}

// Audited declares its own Create (it writes an audit row too).
type Audited struct {
	*gorm.DB
}

func (a *Audited) Create(v any) *gorm.DB { return a.DB.Create(v) }

// GenreForAudited goes through Audited's Create: not GORM's handle.
func GenreForAudited(db *Audited, name string) (uint, error) {
	var g Genre
	err := db.Where("name = ?", name).First(&g).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		g = Genre{Name: name}
		err = db.Create(&g).Error
	}
	return g.ID, err
}
