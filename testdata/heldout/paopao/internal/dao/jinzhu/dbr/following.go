package dbr

import (
	"example.com/heldout/paopao/third_party/logrus"
	"gorm.io/gorm"
)

// Following reproduces internal/dao/jinzhu/dbr/following.go:13.
type Following struct {
	*Model
	User     *User `json:"-" gorm:"foreignKey:ID;references:FollowId"`
	UserId   int64 `json:"user_id"`
	FollowId int64 `json:"friend_id"`
}

// GetFollowing reproduces internal/dao/jinzhu/dbr/following.go:20.
func (f *Following) GetFollowing(db *gorm.DB, userId, followId int64) (*Following, error) {
	var following Following
	err := db.Omit("User").Unscoped().Where("user_id = ? AND follow_id = ?", userId, followId).First(&following).Error
	if err != nil {
		logrus.Debugf("Following.GetFollowing get following error:%s", err)
		return nil, err
	}
	return &following, nil
}

// Create reproduces internal/dao/jinzhu/dbr/following.go:80.
func (f *Following) Create(db *gorm.DB) (*Following, error) {
	err := db.Omit("User").Create(f).Error
	return f, err
}
