package jinzhu

import (
	"example.com/heldout/paopao/internal/core"
	"example.com/heldout/paopao/internal/core/ms"
	"example.com/heldout/paopao/internal/dao/jinzhu/dbr"
	"gorm.io/gorm"
)

// userManageSrv reproduces internal/dao/jinzhu/user.go:18 (the user-profile join fields left out).
type userManageSrv struct {
	db  *gorm.DB
	ums core.UserMetricServantA
}

// newUserManageService reproduces internal/dao/jinzhu/user.go:31 (trimmed like userManageSrv).
func newUserManageService(db *gorm.DB, ums core.UserMetricServantA) core.UserManageService {
	return &userManageSrv{
		db:  db,
		ums: ums,
	}
}

// GetUserByID reproduces internal/dao/jinzhu/user.go:58.
func (s *userManageSrv) GetUserByID(id int64) (*ms.User, error) {
	user := &dbr.User{
		Model: &dbr.Model{
			ID: id,
		},
	}
	return user.Get(s.db)
}

// GetUserByUsername reproduces internal/dao/jinzhu/user.go:67.
func (s *userManageSrv) GetUserByUsername(username string) (*ms.User, error) {
	user := &dbr.User{
		Username: username,
	}
	return user.Get(s.db)
}

// GetUsersByIDs reproduces internal/dao/jinzhu/user.go:89.
func (s *userManageSrv) GetUsersByIDs(ids []int64) ([]*ms.User, error) {
	user := &dbr.User{}
	return user.List(s.db, &dbr.ConditionsT{
		"id IN ?": ids,
	}, 0, 0)
}

// CreateUser reproduces internal/dao/jinzhu/user.go:110.
func (s *userManageSrv) CreateUser(user *dbr.User) (res *ms.User, err error) {
	if res, err = user.Create(s.db); err == nil {
		// 宽松处理错误
		s.ums.AddUserMetric(res.ID)
	}
	return
}

// UpdateUser reproduces internal/dao/jinzhu/user.go:118.
func (s *userManageSrv) UpdateUser(user *ms.User) error {
	return user.Update(s.db)
}
