package sources

// This file contains the implementation of the ReaderWriter interface for the PostgreSQL database.
// Monitored sources are stored in the `pgwatch.source` table in the configuration database.

import (
	"context"

	"example.com/realworld/pgwatch/internal/db"
	"example.com/realworld/pgwatch/internal/metrics"
)

// Source is trimmed to the key column.
type Source struct {
	Name string `yaml:"name" db:"name"`
}

type Sources []Source

type ReaderWriter interface {
	GetSources() (Sources, error)
}

func NewPostgresSourcesReaderWriter(ctx context.Context, connstr string) (ReaderWriter, error) {
	conn, err := db.New(ctx, connstr)
	if err != nil {
		return nil, err
	}
	return NewPostgresSourcesReaderWriterConn(ctx, conn)
}

func NewPostgresSourcesReaderWriterConn(ctx context.Context, conn db.PgxPoolIface) (ReaderWriter, error) {
	if err := metrics.EnsureConfigSchema(ctx, conn); err != nil {
		return nil, err
	}
	r := &dbSourcesReaderWriter{
		ctx:      ctx,
		configDb: conn,
	}
	return r, conn.Ping(ctx)
}

type dbSourcesReaderWriter struct {
	ctx      context.Context
	configDb db.PgxIface
}

// GetSources (trimmed: the column list)
func (r *dbSourcesReaderWriter) GetSources() (Sources, error) {
	rows, err := r.configDb.Query(context.Background(), `select /* pgwatch_generated */ name from pgwatch.source`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var res Sources
	for rows.Next() {
		var s Source
		if err = rows.Scan(&s.Name); err != nil {
			return nil, err
		}
		res = append(res, s)
	}
	return res, rows.Err()
}
