package db

import (
	"context"
	"time"

	"example.com/realworld/pgwatch/third_party/pgxpool"
	retry "example.com/realworld/pgwatch/third_party/retry"
)

// New create a new pool
// (trimmed: pgxpool.ParseConfig / NewWithConfig, tracer, notice logger, callbacks)
func New(ctx context.Context, connStr string) (PgxPoolIface, error) {
	return pgxpool.New(ctx, connStr)
}

type ConnInitCallback = func(context.Context, PgxIface) error

// Init checks if connection is establised. If not, retries connection 3 times with delay 1s
func Init(ctx context.Context, db PgxPoolIface, init ConnInitCallback) error {
	var backoff = retry.WithMaxRetries(3, retry.NewConstant(1*time.Second))
	if err := retry.Do(ctx, backoff, func(ctx context.Context) error {
		if err := db.Ping(ctx); err != nil {
			return retry.RetryableError(err)
		}
		return nil
	}); err != nil {
		return err
	}
	return init(ctx, db)
}

// DoesSchemaExist checks if schema exists
func DoesSchemaExist(ctx context.Context, conn PgxIface, schema string) (bool, error) {
	var exists bool
	sqlSchemaExists := "SELECT EXISTS(SELECT 1 FROM pg_namespace WHERE nspname = $1)"
	err := conn.QueryRow(ctx, sqlSchemaExists, schema).Scan(&exists)
	return exists, err
}
