package models

import (
	"example.com/heldout/nightingale/pkg/ctx"

	"github.com/pkg/errors"
)

// EsIndexPattern reproduces models/es_index_pattern.go:16 (table
// es_index_pattern, docker/initsql/a-n9e.sql:701-717: PRIMARY KEY (id),
// UNIQUE KEY (datasource_id, name); a-n9e-for-Postgres.sql:799; and
// models/migrate/migrate_es_index_pattern.go:10-11 uniqueIndex:idx_ds_name).
type EsIndexPattern struct {
	Id                         int64  `json:"id" gorm:"primaryKey"`
	DatasourceId               int64  `json:"datasource_id"`
	Name                       string `json:"name"`
	TimeField                  string `json:"time_field"`
	AllowHideSystemIndices     int    `json:"-" gorm:"allow_hide_system_indices"`
	AllowHideSystemIndicesBool bool   `json:"allow_hide_system_indices" gorm:"-"`
	FieldsFormat               string `json:"fields_format"`
	CreateAt                   int64  `json:"create_at"`
	CreateBy                   string `json:"create_by"`
	UpdateAt                   int64  `json:"update_at"`
	UpdateBy                   string `json:"update_by"`
	CrossClusterEnabled        int    `json:"cross_cluster_enabled"`
	Note                       string `json:"note"`
	Weight                     int    `json:"weight"`
}

func (t *EsIndexPattern) TableName() string {
	return "es_index_pattern"
}

// Add reproduces models/es_index_pattern.go:38 (lookup :39, insert :50).
func (r *EsIndexPattern) Add(ctx *ctx.Context) error {
	esIndexPattern, err := EsIndexPatternGet(ctx, "datasource_id = ? and name = ?", r.DatasourceId, r.Name) // race
	if err != nil {
		return errors.WithMessage(err, "failed to query es index pattern")
	}

	if esIndexPattern != nil {
		return errors.New("es index pattern datasource and name already exists")
	}

	r.FE2DB()

	return Insert(ctx, r)
}

func (feIndexPattern *EsIndexPattern) FE2DB() {
	if feIndexPattern.AllowHideSystemIndicesBool {
		feIndexPattern.AllowHideSystemIndices = 1
	}
}

// EsIndexPatternGet reproduces models/es_index_pattern.go:197.
func EsIndexPatternGet(ctx *ctx.Context, where string, args ...interface{}) (*EsIndexPattern, error) {
	var lst []*EsIndexPattern
	err := DB(ctx).Where(where, args...).Find(&lst).Error
	if err != nil {
		return nil, err
	}

	if len(lst) == 0 {
		return nil, nil
	}

	return lst[0], nil
}
