package models

import (
	"errors"
	"strings"
	"time"

	"example.com/heldout/nightingale/pkg/ctx"
)

const SYSTEM = "system"

// BuiltinComponent reproduces models/builtin_component.go:14 (table
// builtin_components, docker/initsql/a-n9e.sql:529-541: PRIMARY KEY (id),
// KEY (ident); the struct tag is index:idx_ident, and MigrateTables
// (models/migrate/migrate.go:272, :266 for Postgres) drops any older unique
// idx_ident with DropUniqueFiledLimit, so ident is deliberately not unique).
type BuiltinComponent struct {
	ID        uint64 `json:"id" gorm:"primaryKey;type:bigint;autoIncrement;comment:'unique identifier'"`
	Ident     string `json:"ident" gorm:"type:varchar(191);not null;index:idx_ident"`
	Logo      string `json:"logo" gorm:"type:mediumtext;comment:'logo of component'"`
	Readme    string `json:"readme" gorm:"type:text;not null;comment:'readme of component'"`
	Disabled  int    `json:"disabled" gorm:"type:int;not null;default:0;comment:'is disabled or not'"`
	CreatedAt int64  `json:"created_at" gorm:"type:bigint;not null;default:0;comment:'create time'"`
	CreatedBy string `json:"created_by" gorm:"type:varchar(191);not null;default:'';comment:'creator'"`
	UpdatedAt int64  `json:"updated_at" gorm:"type:bigint;not null;default:0;comment:'update time'"`
	UpdatedBy string `json:"updated_by" gorm:"type:varchar(191);not null;default:'';comment:'updater'"`
}

func (bc *BuiltinComponent) TableName() string {
	return "builtin_components"
}

func (bc *BuiltinComponent) Verify() error {
	bc.Ident = strings.TrimSpace(bc.Ident)
	if bc.Ident == "" {
		return errors.New("ident is blank")
	}

	return nil
}

// BuiltinComponentExists reproduces models/builtin_component.go:55.
func BuiltinComponentExists(ctx *ctx.Context, bc *BuiltinComponent) (bool, error) {
	var count int64
	err := DB(ctx).Model(bc).Where("ident = ?", bc.Ident).Count(&count).Error
	if err != nil {
		return false, err
	}
	return count > 0, nil
}

// Add reproduces models/builtin_component.go:64 (lookup :68, insert :80).
// Callers: builtinComponentsAdd (router_builtin_component.go:30, POST
// /api/n9e/builtin-components) and integration.Init (center/integration/init.go:104-106,
// run as `go integration.Init(...)` at every center start, center.go:88),
// which itself checks BuiltinComponentExists before calling Add.
func (bc *BuiltinComponent) Add(ctx *ctx.Context, username string) error {
	if err := bc.Verify(); err != nil {
		return err
	}
	exists, err := BuiltinComponentExists(ctx, bc) // race; no unique key: builtin_components.ident has only KEY (ident) / index:idx_ident; migrate.go:272 drops a unique idx_ident
	if err != nil {
		return err
	}
	if exists {
		return errors.New("builtin component already exists")
	}
	now := time.Now().Unix()
	bc.CreatedAt = now
	bc.UpdatedAt = now
	bc.CreatedBy = username
	bc.UpdatedBy = username
	return Insert(ctx, bc)
}
