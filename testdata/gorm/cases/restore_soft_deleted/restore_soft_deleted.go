// Class 2: the found path restores a soft-deleted row.
package restore_soft_deleted

import (
	"errors"

	"gorm.io/gorm"
)

type Tag struct {
	ID        uint
	Name      string `gorm:"uniqueIndex"`
	DeletedAt gorm.DeletedAt
}

func Ensure(db *gorm.DB, name string) (*Tag, error) {
	var t Tag
	err := db.Unscoped().Where("name = ?", name).First(&t).Error
	switch {
	case err == nil:
		if t.DeletedAt.Valid {
			err = db.Unscoped().Model(&t).Update("deleted_at", nil).Error
		}
		return &t, err
	case errors.Is(err, gorm.ErrRecordNotFound):
		t = Tag{Name: name}
		err = db.Create(&t).Error
		return &t, err
	}
	return nil, err
}
