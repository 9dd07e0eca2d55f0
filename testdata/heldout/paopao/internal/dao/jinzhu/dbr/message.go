package dbr

import (
	"gorm.io/gorm"
)

// MessageT reproduces internal/dao/jinzhu/dbr/message.go:9.
type MessageT int8

// The constants reproduce internal/dao/jinzhu/dbr/message.go:11.
const (
	MsgTypePost MessageT = iota + 1
	MsgtypeComment
	MsgTypeReply
	MsgTypeWhisper
	MsgTypeRequestingFriend
	MsgTypeSystem MessageT = 99

	MsgStatusUnread = 0
	MsgStatusReaded = 1
)

// Message reproduces internal/dao/jinzhu/dbr/message.go:23.
type Message struct {
	*Model
	SenderUserID   int64    `json:"sender_user_id"`
	ReceiverUserID int64    `json:"receiver_user_id"`
	Type           MessageT `json:"type"`
	Brief          string   `json:"brief"`
	Content        string   `json:"content"`
	PostID         int64    `json:"post_id"`
	CommentID      int64    `json:"comment_id"`
	ReplyID        int64    `json:"reply_id"`
	IsRead         int8     `json:"is_read"`
}

// Create reproduces internal/dao/jinzhu/dbr/message.go:83.
func (m *Message) Create(db *gorm.DB) (*Message, error) {
	err := db.Create(&m).Error

	return m, err
}
