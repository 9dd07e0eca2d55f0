package models

import (
	"crypto/md5"
	"encoding/hex"

	"gorm.io/gorm"
)

// Album is api/graphql/models/album.go:10. path_hash is UNIQUE (:19) and is
// recomputed from Path before every save (BeforeSave, :27).
type Album struct {
	Model
	Title         string `gorm:"not null"`
	ParentAlbumID *int   `gorm:"index"`
	ParentAlbum   *Album `gorm:"constraint:OnDelete:SET NULL;"`
	Owners        []User `gorm:"many2many:user_albums;constraint:OnDelete:CASCADE;"`
	Path          string `gorm:"not null"`
	PathHash      string `gorm:"unique"`
	CoverID       *int
}

// BeforeSave is api/graphql/models/album.go:27.
func (a *Album) BeforeSave(tx *gorm.DB) (err error) {
	hash := md5.Sum([]byte(a.Path))
	a.PathHash = hex.EncodeToString(hash[:])
	return nil
}
