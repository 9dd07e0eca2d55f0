package pgengine

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"

	"example.com/realworld/pgtimetable/internal/config"
	"example.com/realworld/pgtimetable/internal/log"
	pgxpool "example.com/realworld/pgtimetable/third_party/pgxpool"

	pgx "github.com/jackc/pgx/v5"
	pgconn "github.com/jackc/pgx/v5/pgconn"
)

// PgxIface is common interface for every pgx class
type PgxIface interface {
	Begin(ctx context.Context) (pgx.Tx, error)
	Exec(context.Context, string, ...any) (pgconn.CommandTag, error)
	QueryRow(context.Context, string, ...any) pgx.Row
	Query(ctx context.Context, query string, args ...any) (pgx.Rows, error)
	Ping(ctx context.Context) error
	CopyFrom(ctx context.Context, tableName pgx.Identifier, columnNames []string, rowSrc pgx.CopyFromSource) (int64, error)
}

// PgxPoolIface is interface representing pgx pool
// (trimmed: Acquire, which returns a *pgxpool.Conn the stand-in does not have)
type PgxPoolIface interface {
	PgxIface
	Close()
}

// PgEngine is responsible for every database-related action
// (trimmed: chain signal channel, sid, log type OID)
type PgEngine struct {
	l        log.LoggerHookerIface
	ConfigDb PgxPoolIface
	config.CmdOptions
}

var sqls = []string{sqlInit, sqlCron, sqlDDL, sqlJSONSchema, sqlJobFunctions}
var sqlNames = []string{"Schema Init", "Cron Functions", "Tables and Views", "JSON Schema", "Job Functions"}

// New opens connection and creates schema
// (trimmed: connection retry with backoff, pool config callbacks, log hook)
func New(ctx context.Context, cmdOpts config.CmdOptions, logger log.LoggerHookerIface) (*PgEngine, error) {
	var (
		err error
	)
	pge := &PgEngine{
		l:          logger,
		ConfigDb:   nil,
		CmdOptions: cmdOpts,
	}
	if pge.ConfigDb, err = pgxpool.New(ctx, pge.ConnStr); err == nil {
		err = pge.ConfigDb.Ping(ctx)
	}
	if err != nil {
		return nil, err
	}
	pge.l.Info("Database connection established")
	if err := pge.ExecuteSchemaScripts(ctx); err != nil {
		return nil, err
	}
	for _, f := range cmdOpts.Start.File {
		if strings.TrimSpace(f) == "" {
			continue
		}
		if err := pge.ExecuteFileScript(ctx, cmdOpts, f); err != nil {
			return nil, err
		}
	}
	return pge, nil
}

// ExecuteFileScript handles both SQL and YAML files based on file extension
func (pge *PgEngine) ExecuteFileScript(ctx context.Context, cmdOpts config.CmdOptions, filePath string) error {

	// Determine file type by extension
	fileExt := strings.ToLower(filepath.Ext(filePath))

	switch fileExt {
	case ".yaml", ".yml":
		// Handle YAML chain definition files
		if cmdOpts.Start.Validate {
			// Only validate, don't import
			_, err := ParseYamlFile(filePath)
			if err != nil {
				pge.l.WithError(err).Error("YAML validation failed")
				return err
			}
			pge.l.WithField("file", filePath).Info("YAML file validation successful")
			return nil
		}

		// Import YAML chains
		return pge.LoadYamlChains(ctx, filePath, cmdOpts.Start.Replace)

	case ".sql":
		// Handle SQL script files (existing behavior)
		return pge.ExecuteCustomScripts(ctx, filePath)

	default:
		return errors.New("unsupported file extension: " + fileExt)
	}
}

// ExecuteCustomScripts executes SQL scripts in files
func (pge *PgEngine) ExecuteCustomScripts(ctx context.Context, filename ...string) error {
	for _, f := range filename {
		sql, err := os.ReadFile(f)
		if err != nil {
			pge.l.WithError(err).Error("cannot read command file")
			return err
		}
		pge.l.Info("Executing script: ", f)
		if _, err = pge.ConfigDb.Exec(ctx, string(sql)); err != nil {
			pge.l.WithError(err).Error("script execution failed")
			return err
		}
		pge.l.Info("Script file executed: ", f)
	}
	return nil
}

// ExecuteSchemaScripts executes initial schema scripts
func (pge *PgEngine) ExecuteSchemaScripts(ctx context.Context) error {
	var exists bool
	err := pge.ConfigDb.QueryRow(ctx, "SELECT EXISTS(SELECT 1 FROM pg_namespace WHERE nspname = 'timetable')").Scan(&exists) // race
	if err != nil {
		return err
	}
	if !exists {
		for i, sql := range sqls {
			sqlName := sqlNames[i]
			pge.l.Info("Executing script: ", sqlName)
			if _, err = pge.ConfigDb.Exec(ctx, sql); err != nil {
				pge.l.WithError(err).Error("Script execution failed")
				pge.l.Warn("Dropping \"timetable\" schema...")
				_, err = pge.ConfigDb.Exec(ctx, "DROP SCHEMA IF EXISTS timetable CASCADE")
				if err != nil {
					pge.l.WithError(err).Error("Schema dropping failed")
				}
				return err
			}
			pge.l.Info("Schema file executed: " + sqlName)
		}
		pge.l.Info("Configuration schema created...")
	}
	return nil
}

// Finalize closes session
func (pge *PgEngine) Finalize() {
	pge.l.Info("Closing session")
	sql := `WITH del_ch AS (DELETE FROM timetable.active_chain WHERE client_name = $1)
DELETE FROM timetable.active_session WHERE client_name = $1`
	_, err := pge.ConfigDb.Exec(context.Background(), sql, pge.ClientName)
	if err != nil {
		pge.l.WithError(err).Error("Cannot finalize database session")
	}
	pge.ConfigDb.Close()
	pge.ConfigDb = nil
}
