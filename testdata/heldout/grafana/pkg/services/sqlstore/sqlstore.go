// Package sqlstore reproduces, trimmed, the session helpers of Grafana's
// pkg/services/sqlstore (session.go, transactions.go, sqlstore.go) over the
// real xorm.io/xorm. Upstream uses its vendored fork
// github.com/grafana/grafana/pkg/util/xorm (a fork of xorm.io/xorm); this
// reproduction imports xorm.io/xorm instead.
package sqlstore

import (
	"xorm.io/xorm"

	"example.com/heldout/grafana/pkg/services/sqlstore/migrator"
)

// ContextSessionKey is the context key under which InTransaction stores the
// open *DBSession (upstream sqlstore.go).
type ContextSessionKey struct{}

type SQLStore struct {
	engine  *xorm.Engine
	dialect migrator.Dialect
}

func ProvideService(engine *xorm.Engine) *SQLStore {
	return &SQLStore{engine: engine, dialect: migrator.NewDialect(engine.DriverName())}
}

func (ss *SQLStore) GetDialect() migrator.Dialect { return ss.dialect }

func (ss *SQLStore) GetDBType() string { return ss.engine.DriverName() }

func (ss *SQLStore) GetEngine() *xorm.Engine { return ss.engine }

func (ss *SQLStore) Quote(value string) string { return ss.engine.Quote(value) }
