// Package query reproduces 0xJacky/nginx-ui 1df16d75f689 query (gorm.io/gen generated DAO; only the fields and methods the reproduced callers use are kept).
package query

import (
	"context"

	"example.com/realworld/nginxui/model"
	"gorm.io/gen"
	"gorm.io/gen/field"
	"gorm.io/gorm"
)

// newBanIP is query/ban_ips.gen.go:23.
func newBanIP(db *gorm.DB, opts ...gen.DOOption) banIP {
	_banIP := banIP{}

	_banIP.banIPDo.UseDB(db, opts...)
	_banIP.banIPDo.UseModel(&model.BanIP{})

	tableName := _banIP.banIPDo.TableName()
	_banIP.ALL = field.NewAsterisk(tableName)
	_banIP.IP = field.NewString(tableName, "ip")
	_banIP.Attempts = field.NewInt(tableName, "attempts")
	_banIP.ExpiredAt = field.NewInt64(tableName, "expired_at")

	return _banIP
}

// banIP is query/ban_ips.gen.go:40.
type banIP struct {
	banIPDo

	ALL       field.Asterisk
	IP        field.String
	Attempts  field.Int
	ExpiredAt field.Int64
}

// banIPDo is query/ban_ips.gen.go:98.
type banIPDo struct{ gen.DO }

// WithContext is query/ban_ips.gen.go:134.
func (b banIPDo) WithContext(ctx context.Context) *banIPDo {
	return b.withDO(b.DO.WithContext(ctx))
}

// Where is query/ban_ips.gen.go:170.
func (b banIPDo) Where(conds ...gen.Condition) *banIPDo {
	return b.withDO(b.DO.Where(conds...))
}

// First is query/ban_ips.gen.go:242.
func (b banIPDo) First() (*model.BanIP, error) {
	if result, err := b.DO.First(); err != nil {
		return nil, err
	} else {
		return result.(*model.BanIP), nil
	}
}

// Create is query/ban_ips.gen.go:222.
func (b banIPDo) Create(values ...*model.BanIP) error {
	if len(values) == 0 {
		return nil
	}
	return b.DO.Create(values)
}

// withDO is query/ban_ips.gen.go:355.
func (b *banIPDo) withDO(do gen.Dao) *banIPDo {
	b.DO = *do.(*gen.DO)
	return b
}
