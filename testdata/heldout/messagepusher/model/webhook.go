package model

// WebhookConstructRule Keep compatible with Message
type WebhookConstructRule struct {
	Title       string `json:"title"`
	Description string `json:"description"`
	Content     string `json:"content"`
	URL         string `json:"url"`
}

// Webhook keys (gorm AutoMigrate): id primary key; link UNIQUE index (a fresh UUID from
// common.GetUUID in controller.AddWebhook); plain indexes on user_id and name.
type Webhook struct {
	Id            int    `json:"id"`
	UserId        int    `json:"user_id" gorm:"index"`
	Name          string `json:"name" gorm:"type:varchar(32);index"`
	Status        int    `json:"status" gorm:"default:1"` // enabled, disabled
	Link          string `json:"link" gorm:"type:char(32);uniqueIndex"`
	CreatedTime   int64  `json:"created_time" gorm:"bigint"`
	ExtractRule   string `json:"extract_rule" gorm:"not null"`              // how we extract key info from the request
	ConstructRule string `json:"construct_rule" gorm:"not null"`            // how we construct message with the extracted info
	Channel       string `json:"channel" gorm:"type:varchar(32); not null"` // which channel to send our message
}
