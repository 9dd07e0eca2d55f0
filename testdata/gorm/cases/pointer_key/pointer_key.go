// Issue 16: a key looked up by value and stored through a pointer
// (handle, &handle) is one value: GORM binds *string as the string.
package pointer_key

import (
	"errors"

	"gorm.io/gorm"
)

type Profile struct {
	ID     uint
	Handle *string `gorm:"uniqueIndex"`
}

func ProfileFor(db *gorm.DB, handle string) (*Profile, error) {
	var p Profile
	err := db.Where("handle = ?", handle).First(&p).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		p = Profile{Handle: &handle}
		err = db.Create(&p).Error
	}
	return &p, err
}
