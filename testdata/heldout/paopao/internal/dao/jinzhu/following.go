package jinzhu

import (
	"example.com/heldout/paopao/internal/core"
	"example.com/heldout/paopao/internal/dao/jinzhu/dbr"
	"example.com/heldout/paopao/third_party/logrus"
	"gorm.io/gorm"
)

// followingManageSrv reproduces internal/dao/jinzhu/following.go:15 (the user model field left out).
type followingManageSrv struct {
	db *gorm.DB
	f  *dbr.Following
}

// newFollowingManageService reproduces internal/dao/jinzhu/following.go:21 (trimmed like followingManageSrv).
func newFollowingManageService(db *gorm.DB) core.FollowingManageService {
	return &followingManageSrv{
		db: db,
		f:  &dbr.Following{},
	}
}

// FollowUser reproduces internal/dao/jinzhu/following.go:29.
func (s *followingManageSrv) FollowUser(userId int64, followId int64) error {
	// race
	if _, err := s.f.GetFollowing(s.db, userId, followId); err != nil {
		following := &dbr.Following{
			UserId:   userId,
			FollowId: followId,
		}
		if _, err = following.Create(s.db); err != nil {
			logrus.Errorf("contactManageSrv.fetchOrNewContact create new contact err:%s", err)
			return err
		}
	}
	return nil
}
