package notunique

import (
	"context"
	"errors"

	"gorm.io/gorm"
)

var _ = context.Background
var _ = errors.Is

type Note struct {
	ID     uint
	UserID uint
	Day    string
}

func NoteFor(db *gorm.DB, uid uint, day string) (*Note, error) {
	var n Note
	err := db.Where("user_id = ? AND day = ?", uid, day).First(&n).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		n = Note{UserID: uid, Day: day}
		err = db.Create(&n).Error
	}
	return &n, err
}
