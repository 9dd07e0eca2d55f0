// Package legacysql reproduces, trimmed, Grafana's pkg/storage/legacysql: the
// provider through which the newest org/user/team/apikey/quota stores reach
// the legacy SQL database (dbHelper.DB is the db.DB above).
package legacysql

import (
	"context"
	"time"

	"example.com/heldout/grafana/pkg/infra/db"
	"example.com/heldout/grafana/pkg/storage/unified/sql/sqltemplate"
)

// The database may depend on the request context
type LegacyDatabaseProvider func(ctx context.Context) (*LegacyDatabaseHelper, error)

// NewDatabaseProvider returns a simple provider that always uses the same database implementation
func NewDatabaseProvider(db db.DB) LegacyDatabaseProvider {
	helper := &LegacyDatabaseHelper{
		DB: db,
		Table: func(n string) string {
			return n
		},
	}
	return func(ctx context.Context) (*LegacyDatabaseHelper, error) {
		return helper, nil
	}
}

type LegacyDatabaseHelper struct {
	// The database connection
	DB db.DB

	// table name locator
	Table func(n string) string
}

// Helper to pick the correct dialect
func (h *LegacyDatabaseHelper) DialectForDriver() sqltemplate.Dialect {
	if h.DB == nil {
		return nil
	}
	return sqltemplate.DialectForDriver(string(h.DB.GetDBType()))
}

// DBTime is a time value bound as a query argument (trimmed).
type DBTime struct {
	time.Time
}

func NewDBTime(t time.Time) DBTime {
	return DBTime{Time: t}
}
