// Package query reproduces 0xJacky/nginx-ui 1df16d75f689 query (gorm.io/gen generated DAO; only the fields and methods the reproduced callers use are kept).
package query

import (
	"context"

	"example.com/realworld/nginxui/model"
	"gorm.io/gen"
	"gorm.io/gen/field"
	"gorm.io/gorm"
)

// newUpstreamConfig is query/upstream_configs.gen.go:23.
func newUpstreamConfig(db *gorm.DB, opts ...gen.DOOption) upstreamConfig {
	_upstreamConfig := upstreamConfig{}

	_upstreamConfig.upstreamConfigDo.UseDB(db, opts...)
	_upstreamConfig.upstreamConfigDo.UseModel(&model.UpstreamConfig{})

	tableName := _upstreamConfig.upstreamConfigDo.TableName()
	_upstreamConfig.ALL = field.NewAsterisk(tableName)
	_upstreamConfig.ID = field.NewUint64(tableName, "id")
	_upstreamConfig.CreatedAt = field.NewTime(tableName, "created_at")
	_upstreamConfig.UpdatedAt = field.NewTime(tableName, "updated_at")
	_upstreamConfig.DeletedAt = field.NewField(tableName, "deleted_at")
	_upstreamConfig.Socket = field.NewString(tableName, "socket")
	_upstreamConfig.Enabled = field.NewBool(tableName, "enabled")

	return _upstreamConfig
}

// upstreamConfig is query/upstream_configs.gen.go:43.
type upstreamConfig struct {
	upstreamConfigDo

	ALL       field.Asterisk
	ID        field.Uint64
	CreatedAt field.Time
	UpdatedAt field.Time
	DeletedAt field.Field
	Socket    field.String
	Enabled   field.Bool
}

// upstreamConfigDo is query/upstream_configs.gen.go:110.
type upstreamConfigDo struct{ gen.DO }

// WithContext is query/upstream_configs.gen.go:146.
func (u upstreamConfigDo) WithContext(ctx context.Context) *upstreamConfigDo {
	return u.withDO(u.DO.WithContext(ctx))
}

// Where is query/upstream_configs.gen.go:182.
func (u upstreamConfigDo) Where(conds ...gen.Condition) *upstreamConfigDo {
	return u.withDO(u.DO.Where(conds...))
}

// First is query/upstream_configs.gen.go:254.
func (u upstreamConfigDo) First() (*model.UpstreamConfig, error) {
	if result, err := u.DO.First(); err != nil {
		return nil, err
	} else {
		return result.(*model.UpstreamConfig), nil
	}
}

// Create is query/upstream_configs.gen.go:234.
func (u upstreamConfigDo) Create(values ...*model.UpstreamConfig) error {
	if len(values) == 0 {
		return nil
	}
	return u.DO.Create(values)
}

// withDO is query/upstream_configs.gen.go:367.
func (u *upstreamConfigDo) withDO(do gen.Dao) *upstreamConfigDo {
	u.DO = *do.(*gen.DO)
	return u
}
