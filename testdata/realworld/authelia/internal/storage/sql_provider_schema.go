package storage

import (
	"context"
	"fmt"
	"strconv"
	"time"

	"github.com/jmoiron/sqlx"

	"example.com/realworld/authelia/internal/model"
	"example.com/realworld/authelia/internal/utils"
)

// SchemaTables returns a list of tables from the storage provider.
// upstream internal/storage/sql_provider_schema.go:52
func (p *SQLProvider) SchemaTables(ctx context.Context) (tables []string, err error) {
	var rows *sqlx.Rows

	switch p.schema {
	case "":
		rows, err = p.db.QueryxContext(ctx, p.sqlSelectExistingTables)
	default:
		rows, err = p.db.QueryxContext(ctx, p.sqlSelectExistingTables, p.schema)
	}

	if err != nil {
		return tables, err
	}

	defer func() {
		if err := rows.Close(); err != nil {
			p.log.Errorf(logFmtErrClosingConn, err)
		}
	}()

	var table string

	for rows.Next() {
		err = rows.Scan(&table)
		if err != nil {
			return []string{}, err
		}

		tables = append(tables, table)
	}

	return tables, nil
}

// SchemaVersion returns the version of the schema from the storage provider.
// upstream internal/storage/sql_provider_schema.go:87 (pre1 detection trimmed)
func (p *SQLProvider) SchemaVersion(ctx context.Context) (version int, err error) {
	tables, err := p.SchemaTables(ctx)
	if err != nil {
		return -2, err
	}

	if len(tables) == 0 {
		return 0, nil
	}

	if utils.IsStringInSlice(tableMigrations, tables) {
		migration, err := p.schemaLatestMigration(ctx)
		if err != nil {
			return -2, err
		}

		return migration.After, nil
	}

	return 0, nil
}

// SchemaMigrate migrates from the current version to the provided version.
// upstream internal/storage/sql_provider_schema.go:186
func (p *SQLProvider) SchemaMigrate(ctx context.Context, up bool, version int) (err error) {
	var (
		tx   SQLXTx
		conn SQLXConnection
	)

	if p.name != providerMySQL {
		if tx, err = p.db.BeginTxx(ctx, nil); err != nil {
			return fmt.Errorf("failed to begin transaction: %w", err)
		}

		conn = tx
	} else {
		conn = p.db
	}

	currentVersion, err := p.SchemaVersion(ctx) // safe: startup migration path; the rows it inserts are migration history rows with a fresh SERIAL id, and PostgreSQL locks the migrations table
	if err != nil {
		return err
	}

	if currentVersion != 0 {
		if err = p.schemaMigrateLock(ctx, conn); err != nil {
			return err
		}
	}

	if err = schemaMigrateChecks(p.name, up, version, currentVersion); err != nil {
		if tx != nil {
			_ = tx.Rollback()
		}

		return err
	}

	if err = p.schemaMigrate(ctx, conn, currentVersion, version); err != nil {
		if tx != nil && err == ErrNoMigrationsFound {
			_ = tx.Rollback()
		}

		return err
	}

	if tx != nil {
		if err = tx.Commit(); err != nil {
			if rerr := tx.Rollback(); rerr != nil {
				return fmt.Errorf("failed to commit the transaction with: commit error: %w, rollback error: %+v", err, rerr)
			}

			return fmt.Errorf("failed to commit the transaction but it has been rolled back: commit error: %w", err)
		}
	}

	return nil
}

// upstream internal/storage/sql_provider_schema.go:242
func (p *SQLProvider) schemaMigrate(ctx context.Context, conn SQLXConnection, prior, target int) (err error) {
	migrations, err := loadMigrations(p.name, prior, target)
	if err != nil {
		return err
	}

	if len(migrations) == 0 {
		return ErrNoMigrationsFound
	}

	p.log.Infof(logFmtMigrationFromTo, strconv.Itoa(prior), strconv.Itoa(migrations[len(migrations)-1].After()))

	for i, migration := range migrations {
		if migration.Up && prior == 0 && i == 1 {
			if err = p.schemaMigrateLock(ctx, conn); err != nil {
				return err
			}
		}

		if err = p.schemaMigrateApply(ctx, conn, migration); err != nil {
			return p.schemaMigrateRollbackWithTx(conn, err)
		}
	}

	p.log.Infof(logFmtMigrationComplete, strconv.Itoa(prior), strconv.Itoa(migrations[len(migrations)-1].After()))

	return nil
}

// upstream internal/storage/sql_provider_schema.go:271
func (p *SQLProvider) schemaMigrateLock(ctx context.Context, conn SQLXConnection) (err error) {
	if p.name != providerPostgres {
		return nil
	}

	if _, err = conn.ExecContext(ctx, fmt.Sprintf(queryFmtPostgreSQLLockTable, tableMigrations, "ACCESS EXCLUSIVE")); err != nil {
		return fmt.Errorf("failed to lock tables: %w", err)
	}

	return nil
}

// upstream internal/storage/sql_provider_schema.go:283 (special migrations and the
// encryption check value of migration 1 trimmed)
func (p *SQLProvider) schemaMigrateApply(ctx context.Context, conn SQLXConnection, migration model.SchemaMigration) (err error) {
	if migration.NotEmpty() {
		if _, err = conn.ExecContext(ctx, migration.Query); err != nil {
			return fmt.Errorf(errFmtFailedMigration, migration.Version, migration.Name, err)
		}
	}

	if err = p.schemaMigrateFinalize(ctx, conn, migration); err != nil {
		return err
	}

	return nil
}

// upstream internal/storage/sql_provider_schema.go:358
func (p *SQLProvider) schemaMigrateFinalize(ctx context.Context, conn SQLXConnection, migration model.SchemaMigration) (err error) {
	if migration.Version == 1 && !migration.Up {
		return nil
	}

	if _, err = conn.ExecContext(ctx, p.sqlInsertMigration, time.Now(), migration.Before(), migration.After(), utils.Version()); err != nil {
		return fmt.Errorf("failed inserting migration record: %w", err)
	}

	p.log.Debugf("Storage schema migrated from version %d to %d", migration.Before(), migration.After())

	return nil
}

// upstream internal/storage/sql_provider_schema.go:381 (the MySQL non-transactional rollback trimmed)
func (p *SQLProvider) schemaMigrateRollbackWithTx(conn SQLXConnection, merr error) (err error) {
	if tx, ok := conn.(SQLXTx); ok {
		if err = tx.Rollback(); err != nil {
			return fmt.Errorf("error applying rollback %+v. rollback caused by: %w", err, merr)
		}
	}

	return fmt.Errorf("migration rollback complete. rollback caused by: %w", merr)
}

// upstream internal/storage/sql_provider_schema.go:404
func (p *SQLProvider) schemaLatestMigration(ctx context.Context) (migration *model.Migration, err error) {
	migration = &model.Migration{}

	if err = p.db.QueryRowxContext(ctx, p.sqlSelectLatestMigration).StructScan(migration); err != nil {
		return nil, err
	}

	return migration, nil
}

// upstream internal/storage/sql_provider_schema.go:414 (pre1 checks trimmed)
func schemaMigrateChecks(providerName string, up bool, targetVersion, currentVersion int) (err error) {
	if targetVersion == currentVersion {
		return fmt.Errorf("schema migration target version %d is the same current version %d", targetVersion, currentVersion)
	}

	latest, err := latestMigrationVersion(providerName)
	if err != nil {
		return err
	}

	if up {
		if targetVersion < currentVersion {
			return fmt.Errorf("schema up migration target version %d is less then the current version %d", targetVersion, currentVersion)
		}

		if targetVersion == SchemaLatest && latest == currentVersion {
			return ErrSchemaAlreadyUpToDate
		}
	}

	return nil
}
