// Package query reproduces 0xJacky/nginx-ui 1df16d75f689 query (gorm.io/gen generated DAO; only the fields and methods the reproduced callers use are kept).
package query

import (
	"context"

	"example.com/realworld/nginxui/model"
	"gorm.io/gen"
	"gorm.io/gen/field"
	"gorm.io/gorm"
)

// newNginxLogIndex is query/nginx_log_indices.gen.go:23.
func newNginxLogIndex(db *gorm.DB, opts ...gen.DOOption) nginxLogIndex {
	_nginxLogIndex := nginxLogIndex{}

	_nginxLogIndex.nginxLogIndexDo.UseDB(db, opts...)
	_nginxLogIndex.nginxLogIndexDo.UseModel(&model.NginxLogIndex{})

	tableName := _nginxLogIndex.nginxLogIndexDo.TableName()
	_nginxLogIndex.ALL = field.NewAsterisk(tableName)
	_nginxLogIndex.ID = field.NewField(tableName, "id")
	_nginxLogIndex.CreatedAt = field.NewTime(tableName, "created_at")
	_nginxLogIndex.UpdatedAt = field.NewTime(tableName, "updated_at")
	_nginxLogIndex.Path = field.NewString(tableName, "path")
	_nginxLogIndex.MainLogPath = field.NewString(tableName, "main_log_path")
	_nginxLogIndex.Enabled = field.NewBool(tableName, "enabled")

	return _nginxLogIndex
}

// nginxLogIndex is query/nginx_log_indices.gen.go:57.
type nginxLogIndex struct {
	nginxLogIndexDo

	ALL         field.Asterisk
	ID          field.Field
	CreatedAt   field.Time
	UpdatedAt   field.Time
	Path        field.String
	MainLogPath field.String
	Enabled     field.Bool
}

// nginxLogIndexDo is query/nginx_log_indices.gen.go:166.
type nginxLogIndexDo struct{ gen.DO }

// WithContext is query/nginx_log_indices.gen.go:202.
func (n nginxLogIndexDo) WithContext(ctx context.Context) *nginxLogIndexDo {
	return n.withDO(n.DO.WithContext(ctx))
}

// Where is query/nginx_log_indices.gen.go:238.
func (n nginxLogIndexDo) Where(conds ...gen.Condition) *nginxLogIndexDo {
	return n.withDO(n.DO.Where(conds...))
}

// Order is query/nginx_log_indices.gen.go:242.
func (n nginxLogIndexDo) Order(conds ...field.Expr) *nginxLogIndexDo {
	return n.withDO(n.DO.Order(conds...))
}

// Create is query/nginx_log_indices.gen.go:290.
func (n nginxLogIndexDo) Create(values ...*model.NginxLogIndex) error {
	if len(values) == 0 {
		return nil
	}
	return n.DO.Create(values)
}

// First is query/nginx_log_indices.gen.go:310.
func (n nginxLogIndexDo) First() (*model.NginxLogIndex, error) {
	if result, err := n.DO.First(); err != nil {
		return nil, err
	} else {
		return result.(*model.NginxLogIndex), nil
	}
}

// Assign is query/nginx_log_indices.gen.go:356.
func (n nginxLogIndexDo) Assign(attrs ...field.AssignExpr) *nginxLogIndexDo {
	return n.withDO(n.DO.Assign(attrs...))
}

// FirstOrCreate is query/nginx_log_indices.gen.go:382.
func (n nginxLogIndexDo) FirstOrCreate() (*model.NginxLogIndex, error) {
	if result, err := n.DO.FirstOrCreate(); err != nil {
		return nil, err
	} else {
		return result.(*model.NginxLogIndex), nil
	}
}

// withDO is query/nginx_log_indices.gen.go:423.
func (n *nginxLogIndexDo) withDO(do gen.Dao) *nginxLogIndexDo {
	n.DO = *do.(*gen.DO)
	return n
}
