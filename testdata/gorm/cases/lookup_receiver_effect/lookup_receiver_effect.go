// Issue 16, class 3: the lookup's receiver comes from a helper that
// writes an access log; going back to the lookup would write it again.
package lookup_receiver_effect

import (
	"errors"

	"gorm.io/gorm"
)

type Plan struct {
	ID   uint
	Code string `gorm:"uniqueIndex"`
}

var accessLog []string

type Repo struct{ db *gorm.DB }

func (r *Repo) reader() *gorm.DB {
	accessLog = append(accessLog, "read plans")
	return r.db
}

func (r *Repo) PlanFor(code string) (uint, error) {
	var p Plan
	err := r.reader().Where("code = ?", code).First(&p).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		p = Plan{Code: code}
		err = r.db.Create(&p).Error
	}
	return p.ID, err
}
