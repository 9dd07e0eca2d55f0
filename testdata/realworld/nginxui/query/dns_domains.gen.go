// Package query reproduces 0xJacky/nginx-ui 1df16d75f689 query (gorm.io/gen generated DAO; only the fields and methods the reproduced callers use are kept).
package query

import (
	"context"

	"example.com/realworld/nginxui/model"
	"gorm.io/gen"
	"gorm.io/gen/field"
	"gorm.io/gorm"
)

// newDnsDomain is query/dns_domains.gen.go:23.
func newDnsDomain(db *gorm.DB, opts ...gen.DOOption) dnsDomain {
	_dnsDomain := dnsDomain{}

	_dnsDomain.dnsDomainDo.UseDB(db, opts...)
	_dnsDomain.dnsDomainDo.UseModel(&model.DnsDomain{})

	tableName := _dnsDomain.dnsDomainDo.TableName()
	_dnsDomain.ALL = field.NewAsterisk(tableName)
	_dnsDomain.ID = field.NewUint64(tableName, "id")
	_dnsDomain.CreatedAt = field.NewTime(tableName, "created_at")
	_dnsDomain.UpdatedAt = field.NewTime(tableName, "updated_at")
	_dnsDomain.DeletedAt = field.NewField(tableName, "deleted_at")
	_dnsDomain.Domain = field.NewString(tableName, "domain")
	_dnsDomain.Description = field.NewString(tableName, "description")
	_dnsDomain.DnsCredentialID = field.NewUint64(tableName, "dns_credential_id")

	return _dnsDomain
}

// dnsDomain is query/dns_domains.gen.go:50.
type dnsDomain struct {
	dnsDomainDo

	ALL             field.Asterisk
	ID              field.Uint64
	CreatedAt       field.Time
	UpdatedAt       field.Time
	DeletedAt       field.Field
	Domain          field.String
	Description     field.String
	DnsCredentialID field.Uint64
}

// dnsDomainDo is query/dns_domains.gen.go:209.
type dnsDomainDo struct{ gen.DO }

// WithContext is query/dns_domains.gen.go:245.
func (d dnsDomainDo) WithContext(ctx context.Context) *dnsDomainDo {
	return d.withDO(d.DO.WithContext(ctx))
}

// Where is query/dns_domains.gen.go:281.
func (d dnsDomainDo) Where(conds ...gen.Condition) *dnsDomainDo {
	return d.withDO(d.DO.Where(conds...))
}

// First is query/dns_domains.gen.go:353.
func (d dnsDomainDo) First() (*model.DnsDomain, error) {
	if result, err := d.DO.First(); err != nil {
		return nil, err
	} else {
		return result.(*model.DnsDomain), nil
	}
}

// Create is query/dns_domains.gen.go:333.
func (d dnsDomainDo) Create(values ...*model.DnsDomain) error {
	if len(values) == 0 {
		return nil
	}
	return d.DO.Create(values)
}

// withDO is query/dns_domains.gen.go:466.
func (d *dnsDomainDo) withDO(do gen.Dao) *dnsDomainDo {
	d.DO = *do.(*gen.DO)
	return d
}
