package generics

import (
	"context"
	"errors"

	"gorm.io/gorm"
)

var _ = context.Background
var _ = errors.Is

type Pref struct {
	ID     uint
	UserID uint `gorm:"uniqueIndex"`
	Lang   string
}

func PrefFor(ctx context.Context, db *gorm.DB, uid uint) (Pref, error) {
	p, err := gorm.G[Pref](db).Where("user_id = ?", uid).First(ctx)
	if errors.Is(err, gorm.ErrRecordNotFound) {
		p = Pref{UserID: uid, Lang: "en"}
		err = gorm.G[Pref](db).Create(ctx, &p)
	}
	return p, err
}
