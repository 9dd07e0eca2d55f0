// Class 11: the lookup cannot see a soft-deleted row whose key still
// conflicts. The retry finds nothing, the second insert fails, and the
// caller gets the duplicate-key error it got before.
package soft_delete_model

import (
	"errors"

	"gorm.io/gorm"
)

type Note struct {
	gorm.Model
	Key string `gorm:"uniqueIndex"`
}

func NoteFor(db *gorm.DB, key string) (*Note, error) {
	var n Note
	err := db.Where(&Note{Key: key}).First(&n).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		n = Note{Key: key}
		err = db.Create(&n).Error
	}
	return &n, err
}
