package createdflag

import (
	"context"
	"errors"

	"gorm.io/gorm"
)

var _ = context.Background
var _ = errors.Is

type Invite struct {
	ID    uint
	Email string `gorm:"uniqueIndex"`
}

// InviteFor reports whether this call created the invite (201 vs 200).
func InviteFor(db *gorm.DB, email string) (*Invite, bool, error) {
	var inv Invite
	created := false
	err := db.Where("email = ?", email).First(&inv).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		inv = Invite{Email: email}
		err = db.Create(&inv).Error
		created = true
	}
	if err != nil {
		return nil, false, err
	}
	return &inv, created, nil
}
