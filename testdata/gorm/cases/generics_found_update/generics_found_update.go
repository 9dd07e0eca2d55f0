// The generics API with an update on the found path.
package generics_found_update

import (
	"context"
	"errors"

	"gorm.io/gorm"
)

type Pref struct {
	ID     uint
	UserID uint `gorm:"uniqueIndex"`
	Visits int
}

func Touch(ctx context.Context, db *gorm.DB, uid uint) error {
	p, err := gorm.G[Pref](db).Where("user_id = ?", uid).First(ctx)
	if err == nil {
		_, err = gorm.G[Pref](db).Where("id = ?", p.ID).Update(ctx, "visits", p.Visits+1)
		return err
	}
	if !errors.Is(err, gorm.ErrRecordNotFound) {
		return err
	}
	p = Pref{UserID: uid, Visits: 1}
	return gorm.G[Pref](db).Create(ctx, &p)
}
