// Package query reproduces 0xJacky/nginx-ui 1df16d75f689 query (gorm.io/gen generated DAO; only the fields and methods the reproduced callers use are kept).
package query

import (
	"context"
	"strings"

	"example.com/realworld/nginxui/model"
	"gorm.io/gen"
	"gorm.io/gen/field"
	"gorm.io/gorm"
)

// newDnsCredential is query/dns_credentials.gen.go:23.
func newDnsCredential(db *gorm.DB, opts ...gen.DOOption) dnsCredential {
	_dnsCredential := dnsCredential{}

	_dnsCredential.dnsCredentialDo.UseDB(db, opts...)
	_dnsCredential.dnsCredentialDo.UseModel(&model.DnsCredential{})

	tableName := _dnsCredential.dnsCredentialDo.TableName()
	_dnsCredential.ALL = field.NewAsterisk(tableName)
	_dnsCredential.ID = field.NewUint64(tableName, "id")
	_dnsCredential.CreatedAt = field.NewTime(tableName, "created_at")
	_dnsCredential.UpdatedAt = field.NewTime(tableName, "updated_at")
	_dnsCredential.DeletedAt = field.NewField(tableName, "deleted_at")
	_dnsCredential.Name = field.NewString(tableName, "name")
	_dnsCredential.Provider = field.NewString(tableName, "provider")
	_dnsCredential.ProviderCode = field.NewString(tableName, "provider_code")

	return _dnsCredential
}

// dnsCredential is query/dns_credentials.gen.go:45.
type dnsCredential struct {
	dnsCredentialDo

	ALL          field.Asterisk
	ID           field.Uint64
	CreatedAt    field.Time
	UpdatedAt    field.Time
	DeletedAt    field.Field
	Name         field.String
	Provider     field.String
	ProviderCode field.String
}

// dnsCredentialDo is query/dns_credentials.gen.go:118.
type dnsCredentialDo struct{ gen.DO }

// FirstByID Where("id=@id")
//
// Upstream: query/dns_credentials.gen.go:121.
func (d dnsCredentialDo) FirstByID(id uint64) (result *model.DnsCredential, err error) {
	var params []interface{}

	var generateSQL strings.Builder
	params = append(params, id)
	generateSQL.WriteString("id=? ")

	var executeSQL *gorm.DB
	executeSQL = d.UnderlyingDB().Where(generateSQL.String(), params...).Take(&result) // ignore_security_alert
	err = executeSQL.Error

	return
}

// WithContext is query/dns_credentials.gen.go:154.
func (d dnsCredentialDo) WithContext(ctx context.Context) *dnsCredentialDo {
	return d.withDO(d.DO.WithContext(ctx))
}

// Where is query/dns_credentials.gen.go:190.
func (d dnsCredentialDo) Where(conds ...gen.Condition) *dnsCredentialDo {
	return d.withDO(d.DO.Where(conds...))
}

// First is query/dns_credentials.gen.go:262.
func (d dnsCredentialDo) First() (*model.DnsCredential, error) {
	if result, err := d.DO.First(); err != nil {
		return nil, err
	} else {
		return result.(*model.DnsCredential), nil
	}
}

// Create is query/dns_credentials.gen.go:242.
func (d dnsCredentialDo) Create(values ...*model.DnsCredential) error {
	if len(values) == 0 {
		return nil
	}
	return d.DO.Create(values)
}

// withDO is query/dns_credentials.gen.go:375.
func (d *dnsCredentialDo) withDO(do gen.Dao) *dnsCredentialDo {
	d.DO = *do.(*gen.DO)
	return d
}
