package model

import (
	"time"

	"example.com/heldout/messagepusher/common"
)

// Message keys (gorm AutoMigrate): id primary key; link `unique;index`; plain indexes on
// user_id and status.
type Message struct {
	Id          int    `json:"id"`
	UserId      int    `json:"user_id" gorm:"index"`
	Title       string `json:"title"`
	Description string `json:"description"`
	Content     string `json:"content"`
	URL         string `json:"url" gorm:"column:url"`
	Channel     string `json:"channel"`
	Token       string `json:"token" gorm:"-:all"`
	HTMLContent string `json:"html_content"  gorm:"-:all"`
	Timestamp   int64  `json:"timestamp" gorm:"type:bigint"`
	Link        string `json:"link" gorm:"unique;index"`
	To          string `json:"to" gorm:"column:to"`           // if specified, will send to this user(s)
	Status      int    `json:"status" gorm:"default:0;index"` // pending, sent, failed
	OpenId      string `json:"openid" gorm:"-:all"`           // alias for to
	Desp        string `json:"desp" gorm:"-:all"`             // alias for content
	Short       string `json:"short" gorm:"-:all"`            // alias for description
	Async       bool   `json:"async" gorm:"-"`                // if true, will send message asynchronously
	RenderMode  string `json:"render_mode" gorm:"raw"`        // markdown (default), code, raw
}

func (message *Message) UpdateAndInsert(userId int) error {
	message.Timestamp = time.Now().Unix()
	message.UserId = userId
	message.Status = common.MessageSendStatusPending
	var err error
	err = DB.Create(message).Error
	return err
}

func (message *Message) UpdateStatus(status int) error {
	err := DB.Model(message).Update("status", status).Error
	return err
}
