// Package query reproduces 0xJacky/nginx-ui 1df16d75f689 query (gorm.io/gen generated DAO; only the fields and methods the reproduced callers use are kept).
package query

import (
	"context"

	"example.com/realworld/nginxui/model"
	"gorm.io/gen"
	"gorm.io/gen/field"
	"gorm.io/gorm"
)

// newSiteConfig is query/site_configs.gen.go:23.
func newSiteConfig(db *gorm.DB, opts ...gen.DOOption) siteConfig {
	_siteConfig := siteConfig{}

	_siteConfig.siteConfigDo.UseDB(db, opts...)
	_siteConfig.siteConfigDo.UseModel(&model.SiteConfig{})

	tableName := _siteConfig.siteConfigDo.TableName()
	_siteConfig.ALL = field.NewAsterisk(tableName)
	_siteConfig.ID = field.NewUint64(tableName, "id")
	_siteConfig.CreatedAt = field.NewTime(tableName, "created_at")
	_siteConfig.UpdatedAt = field.NewTime(tableName, "updated_at")
	_siteConfig.DeletedAt = field.NewField(tableName, "deleted_at")
	_siteConfig.SiteKey = field.NewString(tableName, "site_key")
	_siteConfig.SiteName = field.NewString(tableName, "site_name")
	_siteConfig.Host = field.NewString(tableName, "host")
	_siteConfig.Port = field.NewInt(tableName, "port")
	_siteConfig.Scheme = field.NewString(tableName, "scheme")
	_siteConfig.DisplayURL = field.NewString(tableName, "display_url")

	return _siteConfig
}

// siteConfig is query/site_configs.gen.go:57.
type siteConfig struct {
	siteConfigDo

	ALL        field.Asterisk
	ID         field.Uint64
	CreatedAt  field.Time
	UpdatedAt  field.Time
	DeletedAt  field.Field
	SiteKey    field.String
	SiteName   field.String
	Host       field.String
	Port       field.Int
	Scheme     field.String
	DisplayURL field.String
}

// siteConfigDo is query/site_configs.gen.go:166.
type siteConfigDo struct{ gen.DO }

// WithContext is query/site_configs.gen.go:202.
func (s siteConfigDo) WithContext(ctx context.Context) *siteConfigDo {
	return s.withDO(s.DO.WithContext(ctx))
}

// Where is query/site_configs.gen.go:238.
func (s siteConfigDo) Where(conds ...gen.Condition) *siteConfigDo {
	return s.withDO(s.DO.Where(conds...))
}

// Create is query/site_configs.gen.go:290.
func (s siteConfigDo) Create(values ...*model.SiteConfig) error {
	if len(values) == 0 {
		return nil
	}
	return s.DO.Create(values)
}

// Save : !!! underlying implementation is different with GORM
// The method is equivalent to executing the statement: db.Clauses(clause.OnConflict{UpdateAll: true}).Create(values)
//
// Upstream: query/site_configs.gen.go:303.
func (s siteConfigDo) Save(values ...*model.SiteConfig) error {
	if len(values) == 0 {
		return nil
	}
	return s.DO.Save(values)
}

// First is query/site_configs.gen.go:310.
func (s siteConfigDo) First() (*model.SiteConfig, error) {
	if result, err := s.DO.First(); err != nil {
		return nil, err
	} else {
		return result.(*model.SiteConfig), nil
	}
}

// Find is query/site_configs.gen.go:334.
func (s siteConfigDo) Find() ([]*model.SiteConfig, error) {
	result, err := s.DO.Find()
	return result.([]*model.SiteConfig), err
}

// withDO is query/site_configs.gen.go:423.
func (s *siteConfigDo) withDO(do gen.Dao) *siteConfigDo {
	s.DO = *do.(*gen.DO)
	return s
}
