// Package query reproduces 0xJacky/nginx-ui 1df16d75f689 query (gorm.io/gen generated DAO; only the fields and methods the reproduced callers use are kept).
package query

import (
	"context"

	"example.com/realworld/nginxui/model"
	"gorm.io/gen"
	"gorm.io/gen/field"
	"gorm.io/gorm"
)

// newAcmeUser is query/acme_users.gen.go:23.
func newAcmeUser(db *gorm.DB, opts ...gen.DOOption) acmeUser {
	_acmeUser := acmeUser{}

	_acmeUser.acmeUserDo.UseDB(db, opts...)
	_acmeUser.acmeUserDo.UseModel(&model.AcmeUser{})

	tableName := _acmeUser.acmeUserDo.TableName()
	_acmeUser.ALL = field.NewAsterisk(tableName)
	_acmeUser.ID = field.NewUint64(tableName, "id")
	_acmeUser.CreatedAt = field.NewTime(tableName, "created_at")
	_acmeUser.UpdatedAt = field.NewTime(tableName, "updated_at")
	_acmeUser.DeletedAt = field.NewField(tableName, "deleted_at")
	_acmeUser.Name = field.NewString(tableName, "name")
	_acmeUser.Email = field.NewString(tableName, "email")
	_acmeUser.CADir = field.NewString(tableName, "ca_dir")

	return _acmeUser
}

// acmeUser is query/acme_users.gen.go:50.
type acmeUser struct {
	acmeUserDo

	ALL       field.Asterisk
	ID        field.Uint64
	CreatedAt field.Time
	UpdatedAt field.Time
	DeletedAt field.Field
	Name      field.String
	Email     field.String
	CADir     field.String
}

// acmeUserDo is query/acme_users.gen.go:138.
type acmeUserDo struct{ gen.DO }

// WithContext is query/acme_users.gen.go:174.
func (a acmeUserDo) WithContext(ctx context.Context) *acmeUserDo {
	return a.withDO(a.DO.WithContext(ctx))
}

// Where is query/acme_users.gen.go:210.
func (a acmeUserDo) Where(conds ...gen.Condition) *acmeUserDo {
	return a.withDO(a.DO.Where(conds...))
}

// First is query/acme_users.gen.go:282.
func (a acmeUserDo) First() (*model.AcmeUser, error) {
	if result, err := a.DO.First(); err != nil {
		return nil, err
	} else {
		return result.(*model.AcmeUser), nil
	}
}

// Create is query/acme_users.gen.go:262.
func (a acmeUserDo) Create(values ...*model.AcmeUser) error {
	if len(values) == 0 {
		return nil
	}
	return a.DO.Create(values)
}

// withDO is query/acme_users.gen.go:395.
func (a *acmeUserDo) withDO(do gen.Dao) *acmeUserDo {
	a.DO = *do.(*gen.DO)
	return a
}
