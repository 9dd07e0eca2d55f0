// Package repositories reproduces mlogclub/bbs-go 35f4190d73eb internal/repositories.
package repositories

import (
	"example.com/realworld/bbsgo/internal/models"
	"example.com/realworld/bbsgo/internal/models/constants"
	"example.com/realworld/bbsgo/third_party/simple/sqls"
	"gorm.io/gorm"
)

// ThirdUserRepository is internal/repositories/third_user_repository.go:13.
var ThirdUserRepository = newThirdUserRepository()

// newThirdUserRepository is internal/repositories/third_user_repository.go:15.
func newThirdUserRepository() *thirdUserRepository {
	return &thirdUserRepository{}
}

// thirdUserRepository is internal/repositories/third_user_repository.go:19.
type thirdUserRepository struct {
}

// FindOne is internal/repositories/third_user_repository.go:43.
func (r *thirdUserRepository) FindOne(db *gorm.DB, cnd *sqls.Cnd) *models.ThirdUser {
	ret := &models.ThirdUser{}
	if err := cnd.FindOne(db, &ret); err != nil {
		return nil
	}
	return ret
}

// Create is internal/repositories/third_user_repository.go:81.
func (r *thirdUserRepository) Create(db *gorm.DB, t *models.ThirdUser) (err error) {
	err = db.Create(t).Error
	return
}

// Update is internal/repositories/third_user_repository.go:86.
func (r *thirdUserRepository) Update(db *gorm.DB, t *models.ThirdUser) (err error) {
	err = db.Save(t).Error
	return
}

// Delete is internal/repositories/third_user_repository.go:101.
func (r *thirdUserRepository) Delete(db *gorm.DB, id int64) {
	db.Delete(&models.ThirdUser{}, "id = ?", id)
}

// GetByOpenId is internal/repositories/third_user_repository.go:105.
func (r *thirdUserRepository) GetByOpenId(db *gorm.DB, openId string, thirdType constants.ThirdType) *models.ThirdUser {
	return r.FindOne(db, sqls.NewCnd().Where("open_id = ? and third_type = ?", openId, thirdType))
}

// GetByUserId is internal/repositories/third_user_repository.go:109.
func (r *thirdUserRepository) GetByUserId(db *gorm.DB, userId int64, thirdType constants.ThirdType) *models.ThirdUser {
	return r.FindOne(db, sqls.NewCnd().Where("user_id = ? and third_type = ?", userId, thirdType))
}
