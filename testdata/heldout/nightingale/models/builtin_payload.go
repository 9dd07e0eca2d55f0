package models

import (
	"errors"
	"strings"
	"time"

	"example.com/heldout/nightingale/pkg/ctx"
)

// BuiltinPayload reproduces models/builtin_payload.go:11 (table
// builtin_payloads, docker/initsql/a-n9e.sql:543-564: PRIMARY KEY (id) and the
// non-unique KEYs idx_component, idx_name, idx_cate, idx_uuid, idx_type).
type BuiltinPayload struct {
	ID          int64  `json:"id" gorm:"primaryKey;type:bigint;autoIncrement;comment:'unique identifier'"`
	Type        string `json:"type" gorm:"type:varchar(191);not null;index:idx_type,sort:asc;comment:'type of payload'"`                // Alert Dashboard Collect
	Component   string `json:"component" gorm:"type:varchar(191);not null;index:idx_component,sort:asc;comment:'component of payload'"` //
	ComponentID uint64 `json:"component_id" gorm:"type:bigint;index:idx_component,sort:asc;comment:'component_id of payload'"`          // ComponentID which the payload belongs to
	Cate        string `json:"cate" gorm:"type:varchar(191);not null;comment:'category of payload'"`                                    // categraf_v1 telegraf_v1
	Name        string `json:"name" gorm:"type:varchar(191);not null;index:idx_buildinpayload_name,sort:asc;comment:'name of payload'"` //
	Tags        string `json:"tags" gorm:"type:varchar(191);not null;default:'';comment:'tags of payload'"`                             // {"host":"
	Content     string `json:"content" gorm:"type:longtext;not null;comment:'content of payload'"`
	UUID        int64  `json:"uuid" gorm:"type:bigint;not null;index:idx_uuid;comment:'uuid of payload'"`
	Note        string `json:"note" gorm:"type:varchar(1024);not null;default:'';comment:'note of payload'"`
	CreatedAt   int64  `json:"created_at" gorm:"type:bigint;not null;default:0;comment:'create time'"`
	CreatedBy   string `json:"created_by" gorm:"type:varchar(191);not null;default:'';comment:'creator'"`
	UpdatedAt   int64  `json:"updated_at" gorm:"type:bigint;not null;default:0;comment:'update time'"`
	UpdatedBy   string `json:"updated_by" gorm:"type:varchar(191);not null;default:'';comment:'updater'"`
}

func (bp *BuiltinPayload) TableName() string {
	return "builtin_payloads"
}

func (bp *BuiltinPayload) Verify() error {
	bp.Type = strings.TrimSpace(bp.Type)
	if bp.Type == "" {
		return errors.New("type is blank")
	}

	if bp.ComponentID == 0 {
		return errors.New("component_id is blank")
	}

	if bp.Name == "" {
		return errors.New("name is blank")
	}

	return nil
}

// BuiltinPayloadExists reproduces models/builtin_payload.go:70.
func BuiltinPayloadExists(ctx *ctx.Context, bp *BuiltinPayload) (bool, error) {
	var count int64
	err := DB(ctx).Model(bp).Where("type = ? AND component_id = ? AND name = ? AND cate = ?", bp.Type, bp.ComponentID, bp.Name, bp.Cate).Count(&count).Error
	if err != nil {
		return false, err
	}
	return count > 0, nil
}

// Add reproduces models/builtin_payload.go:79 (lookup :83, insert :95).
// Callers: builtinPayloadsAdd (router_builtin_payload.go:89-206, POST
// /api/n9e/builtin-payloads).
func (bp *BuiltinPayload) Add(ctx *ctx.Context, username string) error {
	if err := bp.Verify(); err != nil {
		return err
	}
	exists, err := BuiltinPayloadExists(ctx, bp) // race; no unique key: builtin_payloads has no unique index on (type, component_id, name, cate) (a-n9e.sql:543-564)
	if err != nil {
		return err
	}
	if exists {
		return errors.New("builtin payload already exists")
	}
	now := time.Now().Unix()
	bp.CreatedAt = now
	bp.CreatedBy = username
	bp.UpdatedAt = now
	bp.UpdatedBy = username
	return Insert(ctx, bp)
}
