package models

import (
	"encoding/json"
	"errors"
	"fmt"

	"example.com/heldout/nightingale/pkg/ctx"
	"gorm.io/gorm"
)

// ==================== DB row structs (used by both GORM AutoMigrate and queries) ====================

// AssistantChatRow reproduces models/ai_assistant_storage.go:18 (table
// ai_assistant_chat, docker/migratesql/migrate.sql:456-466:
// UNIQUE KEY uk_chat_id (chat_id); on Postgres/SQLite the table comes from
// AutoMigrate of this struct (models/migrate/migrate.go:258), tag `unique`).
type AssistantChatRow struct {
	Id        int64  `gorm:"column:id;primaryKey;autoIncrement"`
	ChatID    string `gorm:"column:chat_id;type:varchar(255);not null;unique"`
	UserID    int64  `gorm:"column:user_id;not null;default:0;index:idx_ac_user_id"`
	UpdatedAt int64  `gorm:"column:updated_at;not null;default:0;index:idx_ac_updated_at"`
	Data      string `gorm:"column:data;type:text"`
}

func (AssistantChatRow) TableName() string { return "ai_assistant_chat" }

// AssistantMessageRow reproduces models/ai_assistant_storage.go:28 (table
// ai_assistant_message, docker/migratesql/migrate.sql:468-478:
// UNIQUE KEY uk_chat_seq (chat_id, seq_id)); only migrated here.
type AssistantMessageRow struct {
	Id     int64  `gorm:"column:id;primaryKey;autoIncrement"`
	ChatID string `gorm:"column:chat_id;type:varchar(255);not null;uniqueIndex:uk_chat_seq,priority:1"`
	SeqID  int64  `gorm:"column:seq_id;not null;default:0;uniqueIndex:uk_chat_seq,priority:2"`
	Data   string `gorm:"column:data;type:text"`
	Extra  string `gorm:"column:extra;type:text"`
	// size:32 不能省：gorm 把 type:int 当成通用 Int 类型，落到 MySQL 仍是 bigint
	Status int `gorm:"column:status;type:int;size:32;not null;default:0;index:idx_am_status"`
}

func (AssistantMessageRow) TableName() string { return "ai_assistant_message" }

// AssistantChat / AssistantPageInfo reproduce models/ai_assistant.go:5 and :34.
type AssistantChat struct {
	ChatID     string            `json:"chat_id"`
	Title      string            `json:"title"`
	LastUpdate int64             `json:"last_update"`
	PageFrom   AssistantPageInfo `json:"page_from"`
	UserID     int64             `json:"user_id"`
	IsNew      bool              `json:"is_new"`
	IsRenamed  bool              `json:"is_renamed"`
}

type AssistantPageInfo struct {
	Page  string          `json:"page"`
	Param json.RawMessage `json:"param,omitempty"`
}

// encodeChat / decodeChat reproduce ai_assistant_storage.go:92 and :105 minus
// the gzip+base64 step (no database access).
func encodeChat(chat AssistantChat) (AssistantChatRow, error) {
	data, err := json.Marshal(chat)
	if err != nil {
		return AssistantChatRow{}, fmt.Errorf("encode chat: %w", err)
	}
	return AssistantChatRow{
		ChatID:    chat.ChatID,
		UserID:    chat.UserID,
		UpdatedAt: chat.LastUpdate,
		Data:      string(data),
	}, nil
}

func decodeChat(row *AssistantChatRow) (*AssistantChat, error) {
	if row == nil || row.Data == "" {
		return nil, nil
	}
	var chat AssistantChat
	if err := json.Unmarshal([]byte(row.Data), &chat); err != nil {
		return nil, err
	}
	return &chat, nil
}

// ==================== Chat Storage ====================

// AssistantChatSet reproduces models/ai_assistant_storage.go:160 (UPDATE :166
// judged by RowsAffected, then INSERT :173). It is the insert helper of
// EnsureAssistantChat (center/router/router_ai_assistant_internal.go:82); its
// update-first narrows but does not close the window: two callers whose
// UPDATEs both run before either INSERT both insert, and uk_chat_id fails one.
// On MySQL (go-sql-driver/mysql reports changed rows) an UPDATE writing
// identical values also reports 0 and the INSERT then fails on uk_chat_id.
func AssistantChatSet(c *ctx.Context, chat AssistantChat) error {
	row, err := encodeChat(chat)
	if err != nil {
		return err
	}
	// Try update first; if no rows affected, insert.
	result := DB(c).Model(&AssistantChatRow{}).
		Where("chat_id = ?", chat.ChatID).
		Updates(map[string]any{"data": row.Data, "updated_at": row.UpdatedAt, "user_id": row.UserID})
	if result.Error != nil {
		return result.Error
	}
	if result.RowsAffected == 0 {
		return DB(c).Create(&row).Error
	}
	return nil
}

// AssistantChatGet reproduces models/ai_assistant_storage.go:178.
func AssistantChatGet(c *ctx.Context, chatID string) (*AssistantChat, error) {
	var row AssistantChatRow
	err := DB(c).Where("chat_id = ?", chatID).First(&row).Error
	if err != nil {
		if errors.Is(err, gorm.ErrRecordNotFound) {
			return nil, nil
		}
		return nil, err
	}
	return decodeChat(&row)
}
