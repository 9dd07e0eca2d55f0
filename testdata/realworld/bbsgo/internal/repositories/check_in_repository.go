// Package repositories reproduces mlogclub/bbs-go 35f4190d73eb internal/repositories.
package repositories

import (
	"example.com/realworld/bbsgo/internal/models"
	"example.com/realworld/bbsgo/third_party/simple/sqls"
	"gorm.io/gorm"
)

// CheckInRepository is internal/repositories/check_in_repository.go:12.
var CheckInRepository = newCheckInRepository()

// newCheckInRepository is internal/repositories/check_in_repository.go:14.
func newCheckInRepository() *checkInRepository {
	return &checkInRepository{}
}

// checkInRepository is internal/repositories/check_in_repository.go:18.
type checkInRepository struct {
}

// FindOne is internal/repositories/check_in_repository.go:42.
func (r *checkInRepository) FindOne(db *gorm.DB, cnd *sqls.Cnd) *models.CheckIn {
	ret := &models.CheckIn{}
	if err := cnd.FindOne(db, &ret); err != nil {
		return nil
	}
	return ret
}

// Create is internal/repositories/check_in_repository.go:70.
func (r *checkInRepository) Create(db *gorm.DB, t *models.CheckIn) (err error) {
	err = db.Create(t).Error
	return
}

// Update is internal/repositories/check_in_repository.go:75.
func (r *checkInRepository) Update(db *gorm.DB, t *models.CheckIn) (err error) {
	err = db.Save(t).Error
	return
}
