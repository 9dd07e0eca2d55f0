package dbr

import (
	"example.com/heldout/paopao/third_party/logrus"
	"gorm.io/gorm"
)

// The constants reproduce internal/dao/jinzhu/dbr/contact.go:13.
const (
	ContactStatusRequesting int8 = iota + 1
	ContactStatusAgree
	ContactStatusReject
	ContactStatusDeleted
)

// Contact reproduces internal/dao/jinzhu/dbr/contact.go:20.
type Contact struct {
	*Model
	User         *User  `json:"-" gorm:"foreignKey:ID;references:FriendId"`
	UserId       int64  `json:"user_id"`
	FriendId     int64  `json:"friend_id"`
	GroupId      int64  `json:"group_id"`
	Remark       string `json:"remark"`
	Status       int8   `json:"status"` // 1请求好友, 2已同意好友, 3已拒绝好友, 4已删除好友
	IsTop        int8   `json:"is_top"`
	IsBlack      int8   `json:"is_black"`
	NoticeEnable int8   `json:"notice_enable"`
}

// FetchUser reproduces internal/dao/jinzhu/dbr/contact.go:33.
func (c *Contact) FetchUser(db *gorm.DB) (*Contact, error) {
	var contact Contact
	err := db.Omit("User").Unscoped().Where("user_id = ? AND friend_id = ?", c.UserId, c.FriendId).First(&contact).Error
	if err != nil {
		logrus.Debugf("Contact.FetchUser fetch user error:%s", err)
		return nil, err
	}
	return &contact, nil
}

// Create reproduces internal/dao/jinzhu/dbr/contact.go:113.
func (c *Contact) Create(db *gorm.DB) (*Contact, error) {
	err := db.Omit("User").Create(&c).Error
	return c, err
}

// UpdateInUnscoped reproduces internal/dao/jinzhu/dbr/contact.go:122.
func (c *Contact) UpdateInUnscoped(db *gorm.DB) error {
	return db.Unscoped().Omit("User").Save(c).Error
}
