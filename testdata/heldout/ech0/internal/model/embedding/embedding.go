// Package model reproduces internal/model/embedding/embedding.go.
package model

// EchoEmbedding is internal/model/embedding/embedding.go:17; echo_id is the
// PRIMARY KEY (:18).
type EchoEmbedding struct {
	EchoID      string `gorm:"type:char(36);primaryKey" json:"echo_id"`
	ContentHash string `gorm:"type:varchar(64);index"   json:"content_hash"`
	Model       string `gorm:"type:varchar(100)"        json:"model"`
	Dim         int    `gorm:"default:0"                json:"dim"`
	Content     string `gorm:"type:text"                json:"content"`
	Username    string `gorm:"type:varchar(100)"        json:"username"`
	EchoCreated int64  `gorm:"index"                    json:"echo_created"`
	CreatedAt   int64  `gorm:"autoCreateTime"           json:"created_at"`
	UpdatedAt   int64  `gorm:"autoUpdateTime"           json:"updated_at"`
}

// TableName is internal/model/embedding/embedding.go.
func (EchoEmbedding) TableName() string { return "echo_embeddings" }
