package sqlstore

// Reproduces dialect.go, postgres.go and mysql.go of
// pkg/server/datastore/sqlstore, trimmed: the AWS RDS / Cloud SQL variants,
// TLS and version probing are cut, and the SQLite dialect (sqlite.go, which
// imports github.com/jinzhu/gorm/dialects/sqlite and so mattn/go-sqlite3, not
// in the example.com/heldout module) is left out. Note that none of these
// set an isolation level: BeginTx(ctx, nil) in withTx runs at the server
// default (PostgreSQL READ COMMITTED, MySQL REPEATABLE READ).

import (
	"context"

	"github.com/jinzhu/gorm"

	// gorm mysql dialect init registration
	_ "github.com/jinzhu/gorm/dialects/mysql"
	// gorm postgres dialect init registration
	_ "github.com/jinzhu/gorm/dialects/postgres"

	"example.com/heldout/spire/pkg/server/datastore/sqlcommon"
)

type dialect interface {
	connect(ctx context.Context, cfg *sqlcommon.Configuration, isReadOnly bool) (db *gorm.DB, version string, supportsCTE bool, err error)
	isConstraintViolation(err error) bool
}

type postgresDB struct{}

func (p postgresDB) connect(ctx context.Context, cfg *sqlcommon.Configuration, isReadOnly bool) (db *gorm.DB, version string, supportsCTE bool, err error) {
	connString := cfg.ConnectionString
	if isReadOnly && cfg.RoConnectionString != "" {
		connString = cfg.RoConnectionString
	}
	db, err = gorm.Open("postgres", connString)
	if err != nil {
		return nil, "", false, err
	}
	// Supported versions of PostgreSQL all support CTE so unconditionally
	// return true.
	return db, "", true, nil
}

func (p postgresDB) isConstraintViolation(err error) bool {
	return sqlcommon.IsPostgresConstraintViolation(err)
}

type mysqlDB struct{}

func (my mysqlDB) connect(ctx context.Context, cfg *sqlcommon.Configuration, isReadOnly bool) (db *gorm.DB, version string, supportsCTE bool, err error) {
	connString := cfg.ConnectionString
	if isReadOnly && cfg.RoConnectionString != "" {
		connString = cfg.RoConnectionString
	}
	db, err = gorm.Open("mysql", connString)
	if err != nil {
		return nil, "", false, err
	}
	return db, "", true, nil
}

func (my mysqlDB) isConstraintViolation(err error) bool {
	return sqlcommon.IsMySQLConstraintViolation(err)
}

// Configure reproduces Plugin.Configure -> openConnections -> openConnection
// -> openDB (sqlstore.go:884, :938, :953, :1121), trimmed: the write
// connection runs migrateDB at every server start.
func (ds *Plugin) Configure(ctx context.Context, config *sqlcommon.Configuration) error {
	ds.mu.Lock()
	defer ds.mu.Unlock()

	var d dialect
	switch {
	case isPostgresDbType(config.DatabaseType):
		d = postgresDB{}
	case isMySQLDbType(config.DatabaseType):
		d = mysqlDB{}
	default:
		return sqlcommon.NewSQLError("unsupported database_type: %v", config.DatabaseType)
	}

	db, _, supportsCTE, err := d.connect(ctx, config, false)
	if err != nil {
		return sqlcommon.NewWrappedSQLError(err)
	}

	if err := migrateDB(db, config.DatabaseType, config.DisableMigration); err != nil {
		db.Close()
		return err
	}

	ds.db = &sqlDB{
		DB:               db,
		raw:              db.DB(),
		databaseType:     config.DatabaseType,
		dialect:          d,
		connectionString: config.ConnectionString,
		supportsCTE:      supportsCTE,
	}
	return nil
}
