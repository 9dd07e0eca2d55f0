package sinks

import (
	"context"
	_ "embed"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"

	"example.com/realworld/pgwatch/internal/db"
	migrator "example.com/realworld/pgwatch/third_party/migrator"
	"example.com/realworld/pgwatch/third_party/pgxpool"
	"github.com/jackc/pgx/v5"
)

//go:embed sql/admin_schema.sql
var sqlMetricAdminSchema string

//go:embed sql/ensure_partition_postgres.sql
var sqlMetricEnsurePartitionPostgres string

// (trimmed: admin_functions.sql, ensure_partition_timescale.sql,
// change_chunk_interval.sql, change_compression_interval.sql)
var (
	metricSchemaSQLs = []string{
		sqlMetricAdminSchema,
		sqlMetricEnsurePartitionPostgres,
	}
)

// CmdOpts specifies the storage configuration to store metrics measurements
// (trimmed to the fields init reads)
type CmdOpts struct {
	Sinks               []string
	PartitionInterval   string
	RetentionInterval   string
	MaintenanceInterval string
}

// PostgresWriter is a sink that writes metric measurements to a Postgres database.
type PostgresWriter struct {
	ctx                 context.Context
	sinkDb              db.PgxPoolIface
	opts                *CmdOpts
	retentionInterval   time.Duration
	maintenanceInterval time.Duration
	// mu guards partitionMapMetric and serializes the DDL issued by SyncMetric.
	mu sync.Mutex
}

// make sure *dbMetricReaderWriter implements the Migrator interface
var _ db.Migrator = (*PostgresWriter)(nil)

func NewPostgresWriter(ctx context.Context, connstr string, opts *CmdOpts) (pgw *PostgresWriter, err error) {
	var conn db.PgxPoolIface
	if conn, err = db.New(ctx, connstr); err != nil {
		return
	}
	return NewWriterFromPostgresConn(ctx, conn, opts)
}

var ErrNeedsMigration = errors.New("sink database schema is outdated, please run migrations using `pgwatch config upgrade` command")

// NewWriterFromPostgresConn (trimmed: schema type, builtin dummies, maintenance jobs, poll loop)
func NewWriterFromPostgresConn(ctx context.Context, conn db.PgxPoolIface, opts *CmdOpts) (pgw *PostgresWriter, err error) {
	pgw = &PostgresWriter{
		ctx:    ctx,
		opts:   opts,
		sinkDb: conn,
	}
	if err = pgw.init(); err != nil {
		return nil, err
	}
	return
}

func (pgw *PostgresWriter) init() (err error) {
	return db.Init(pgw.ctx, pgw.sinkDb, func(ctx context.Context, conn db.PgxIface) error {
		var isValidPartitionInterval bool
		if err = conn.QueryRow(ctx,
			"SELECT extract(epoch from $1::interval), extract(epoch from $2::interval), $3::interval >= '1h'::interval",
			pgw.opts.RetentionInterval, pgw.opts.MaintenanceInterval, pgw.opts.PartitionInterval,
		).Scan(&pgw.retentionInterval, &pgw.maintenanceInterval, &isValidPartitionInterval); err != nil {
			return err
		}

		// epoch returns seconds but time.Duration represents nanoseconds
		pgw.retentionInterval *= time.Second
		pgw.maintenanceInterval *= time.Second

		if !isValidPartitionInterval {
			return fmt.Errorf("--partition-interval must be at least 1 hour, got: %s", pgw.opts.PartitionInterval)
		}
		if pgw.maintenanceInterval < 0 {
			return errors.New("--maintenance-interval must be a positive PostgreSQL interval or 0 to disable it")
		}
		if pgw.retentionInterval < time.Hour && pgw.retentionInterval != 0 {
			return errors.New("--retention must be at least 1 hour PostgreSQL interval or 0 to disable it")
		}

		exists, err := db.DoesSchemaExist(ctx, conn, "admin") // race
		if err != nil || exists {
			return err
		}
		for _, sql := range metricSchemaSQLs {
			if _, err = conn.Exec(ctx, sql); err != nil {
				return err
			}
		}
		return nil
	})
}

func NewPostgresSinkMigrator(ctx context.Context, connStr string) (db.Migrator, error) {
	conn, err := pgxpool.New(ctx, connStr)
	if err != nil {
		return nil, err
	}
	pgw := &PostgresWriter{
		ctx:    ctx,
		sinkDb: conn,
	}
	exists, err := db.DoesSchemaExist(ctx, conn, "admin") // safe: one-shot `pgwatch config upgrade` CLI run by an operator, not the concurrent daemon start-up
	if err != nil {
		return nil, err
	}
	if exists {
		return pgw, nil
	}
	for _, sql := range metricSchemaSQLs {
		if _, err = conn.Exec(ctx, sql); err != nil {
			return nil, err
		}
	}
	return pgw, nil
}

var initMigrator = func(pgw *PostgresWriter) (*migrator.Migrator, error) {
	return migrator.New(
		migrator.TableName("admin.migration"),
		migrator.SetNotice(func(string) {}),
		migrations(),
	)
}

// Migrate upgrades database with all migrations
func (pgw *PostgresWriter) Migrate() error {
	m, err := initMigrator(pgw)
	if err != nil {
		return fmt.Errorf("cannot initialize migration: %w", err)
	}
	return m.Migrate(pgw.ctx, pgw.sinkDb)
}

// NeedsMigration checks if database needs migration
func (pgw *PostgresWriter) NeedsMigration() (bool, error) {
	m, err := initMigrator(pgw)
	if err != nil {
		return false, err
	}
	return m.NeedUpgrade(pgw.ctx, pgw.sinkDb)
}

// migrations holds function returning all upgrade migrations needed
// (trimmed: all but "01409 Switch to time-only partitioning", whose
// subpartition move and cleanup steps are trimmed as well)
var migrations func() migrator.Option = func() migrator.Option {
	return migrator.Migrations(
		&migrator.MigrationNoTx{
			Name: "01409 Switch to time-only partitioning",
			Func: func(ctx context.Context, conn migrator.PgxIface) error {
				const (
					sqlListMetricTables = `SELECT c.relname
						FROM pg_description d
						JOIN pg_class c ON c.oid = d.objoid
						WHERE d.description = 'pgwatch-generated-metric-lvl'`

					sqlIsTableMigrated = `SELECT EXISTS (
						SELECT 1 FROM pg_partitioned_table WHERE partrelid = to_regclass($1) AND partstrat = 'r')`

					sqlRenameMetricTable = `ALTER TABLE %s RENAME TO %s`

					sqlMetricTableBounds = `SELECT COALESCE(MIN(time), NOW()),
						COALESCE(CEIL(EXTRACT(EPOCH FROM (MAX(time) - MIN(time))::interval) / 86400) + 1, 0)
						FROM %s`

					sqlEnsurePartitionMetricTime = `SELECT admin.ensure_partition_metric_time($1::text, $2::timestamptz, '1 day'::interval, $3)`
				)

				rows, _ := conn.Query(ctx, sqlListMetricTables)
				metricTables, err := pgx.CollectRows(rows, pgx.RowTo[string])
				if err != nil {
					return err
				}

				// skip *_before_v6_migration tables to avoid double migration
				// this could happen if the migration is re-run after a failed attempt
				const suffix = "_before_v6_migration"
				for _, metricTableRawName := range metricTables {
					if strings.HasSuffix(metricTableRawName, suffix) {
						continue
					}

					metricTableRawRename := metricTableRawName + suffix
					metricTableRenamed := pgx.Identifier{metricTableRawRename}.Sanitize()
					metricTable := pgx.Identifier{metricTableRawName}.Sanitize()

					// check if the table is already migrated to avoid errors on re-run after a failed migration attempt
					var isTableMigrated bool
					if err = conn.QueryRow(ctx, sqlIsTableMigrated, metricTableRawName).Scan(&isTableMigrated); err != nil { // safe: `pgwatch config upgrade` CLI; the create runs in admin.ensure_partition_metric_time under pg_advisory_xact_lock with a to_regclass re-check
						return err
					} else if isTableMigrated {
						continue
					}

					err = pgx.BeginFunc(ctx, conn, func(tx pgx.Tx) (ferr error) {
						if _, ferr = tx.Exec(ctx, fmt.Sprintf(sqlRenameMetricTable, metricTable, metricTableRenamed)); ferr != nil {
							return
						}

						// for an empty table MIN(time) is NULL, so COALESCE falls back to server-side
						// NOW() and daysToPrecreate becomes 0, creating a single empty partition
						var minTime time.Time
						var daysToPrecreate int32
						if ferr = tx.QueryRow(ctx, fmt.Sprintf(sqlMetricTableBounds, metricTableRenamed)).Scan(&minTime, &daysToPrecreate); ferr == nil {
							_, ferr = tx.Exec(ctx, sqlEnsurePartitionMetricTime, metricTableRawName, minTime, daysToPrecreate)
						}
						return
					})

					if err != nil {
						return err
					}
				}

				return nil
			},
		},
	)
}
