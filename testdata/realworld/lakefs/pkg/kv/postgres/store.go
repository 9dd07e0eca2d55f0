// Package postgres reproduces lakeFS pkg/kv/postgres/store.go (trimmed): the
// only code in lakeFS that talks to PostgreSQL. Every lakeFS entity is a row
// of the single table "kv" (PRIMARY KEY (partition_key, key)), created at
// startup by setupKeyValueDatabase.
package postgres

import (
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"strconv"

	"example.com/realworld/lakefs/pkg/kv"
	"example.com/realworld/lakefs/third_party/pgxpool"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
)

type Driver struct{}

type Store struct {
	Pool           *pgxpool.Pool
	Params         *Params
	TableSanitized string
}

const (
	DriverName = "postgres"

	DefaultTableName = "kv"

	// DefaultPartitions Changing the below value means repartitioning and probably a migration.
	DefaultPartitions   = 100
	DefaultScanPageSize = 1000
)

//nolint:gochecknoinits
func init() {
	kv.Register(DriverName, &Driver{})
}

type Params struct {
	TableName          string
	SanitizedTableName string
	PartitionsAmount   int
	ScanPageSize       int
}

func (d *Driver) Open(ctx context.Context, kvParams kv.Params) (kv.Store, error) {
	pool, err := pgxpool.New(ctx, kvParams.ConnectionString)
	if err != nil {
		return nil, fmt.Errorf("%w: %s", kv.ErrConnectFailed, err)
	}
	params := &Params{
		TableName:          DefaultTableName,
		SanitizedTableName: pgx.Identifier{DefaultTableName}.Sanitize(),
		PartitionsAmount:   DefaultPartitions,
		ScanPageSize:       DefaultScanPageSize,
	}
	err = setupKeyValueDatabase(ctx, pool, params.TableName, params.PartitionsAmount)
	if err != nil {
		return nil, fmt.Errorf("%w: %s", kv.ErrSetupFailed, err)
	}
	return &Store{
		Pool:           pool,
		Params:         params,
		TableSanitized: pgx.Identifier{params.TableName}.Sanitize(),
	}, nil
}

// setupKeyValueDatabase setup everything required to enable kv over postgres
func setupKeyValueDatabase(ctx context.Context, conn *pgxpool.Pool, table string, partitionsAmount int) (err error) {
	var aid string
	aid, err = generateAdvisoryLockID("lakefs:" + table)
	if err != nil {
		return err
	}

	// This will wait indefinitely until the lock can be acquired.
	_, err = conn.Exec(ctx, `SELECT pg_advisory_lock($1)`, aid)
	if err != nil {
		return fmt.Errorf("try lock failed: %w", err)
	}
	defer func(ctx context.Context) {
		_, unlockErr := conn.Exec(ctx, `SELECT pg_advisory_unlock($1)`, aid)
		// prefer the last error over unlock error
		if err == nil {
			err = unlockErr
		}
	}(ctx)

	// main kv table
	tableSanitize := pgx.Identifier{table}.Sanitize()
	_, err = conn.Exec(ctx, `CREATE TABLE IF NOT EXISTS `+tableSanitize+` (
		partition_key BYTEA NOT NULL,
		key BYTEA NOT NULL,
		value BYTEA NOT NULL,
		PRIMARY KEY (partition_key, key))
	PARTITION BY HASH (partition_key)`)
	if err != nil {
		return err
	}

	// partitions
	for i := range partitionsAmount {
		_, err = conn.Exec(ctx, `CREATE TABLE IF NOT EXISTS`+
			pgx.Identifier{fmt.Sprintf("%s_%d", table, i)}.Sanitize()+` PARTITION OF `+
			tableSanitize+` FOR VALUES WITH (MODULUS `+strconv.Itoa(partitionsAmount)+
			`,REMAINDER `+strconv.Itoa(i)+`)`)
		if err != nil {
			return err
		}
	}
	return nil
}

func generateAdvisoryLockID(name string) (string, error) {
	h := fnv.New32a()
	if _, err := h.Write([]byte(name)); err != nil {
		return "", err
	}
	aid := fmt.Sprint(h.Sum32())
	return aid, nil
}

func (s *Store) Get(ctx context.Context, partitionKey, key []byte) (*kv.ValueWithPredicate, error) {
	if len(partitionKey) == 0 {
		return nil, kv.ErrMissingPartitionKey
	}
	if len(key) == 0 {
		return nil, kv.ErrMissingKey
	}

	row := s.Pool.QueryRow(ctx, `SELECT value FROM `+s.Params.SanitizedTableName+` WHERE key = $1 AND partition_key = $2`, key, partitionKey)
	var val []byte
	err := row.Scan(&val)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, kv.ErrNotFound
	}
	if err != nil {
		return nil, fmt.Errorf("postgres get: %w", err)
	}
	return &kv.ValueWithPredicate{
		Value:     val,
		Predicate: kv.Predicate(val),
	}, nil
}

func (s *Store) Set(ctx context.Context, partitionKey, key, value []byte) error {
	if len(partitionKey) == 0 {
		return kv.ErrMissingPartitionKey
	}
	if len(key) == 0 {
		return kv.ErrMissingKey
	}
	if value == nil {
		return kv.ErrMissingValue
	}

	_, err := s.Pool.Exec(ctx, `INSERT INTO `+s.Params.SanitizedTableName+`(partition_key,key,value) VALUES($1,$2,$3)
			ON CONFLICT (partition_key,key) DO UPDATE SET value = $3`, partitionKey, key, value)
	if err != nil {
		return fmt.Errorf("postgres set: %w", err)
	}
	return nil
}

func (s *Store) SetIf(ctx context.Context, partitionKey, key, value []byte, valuePredicate kv.Predicate) error {
	if len(partitionKey) == 0 {
		return kv.ErrMissingPartitionKey
	}
	if len(key) == 0 {
		return kv.ErrMissingKey
	}
	if value == nil {
		return kv.ErrMissingValue
	}

	var (
		res pgconn.CommandTag
		err error
	)
	switch valuePredicate {
	case nil: // use insert to make sure there was no previous value before
		res, err = s.Pool.Exec(ctx, `INSERT INTO `+s.Params.SanitizedTableName+`(partition_key,key,value) VALUES($1,$2,$3) ON CONFLICT DO NOTHING`, partitionKey, key, value)

	case kv.PrecondConditionalExists: // update only if exists
		res, err = s.Pool.Exec(ctx, `UPDATE `+s.Params.SanitizedTableName+` SET value=$3 WHERE key=$2 AND partition_key=$1`, partitionKey, key, value)

	default: // update just in case the previous value was same as predicate value
		res, err = s.Pool.Exec(ctx, `UPDATE `+s.Params.SanitizedTableName+` SET value=$3 WHERE key=$2 AND partition_key=$1 AND value=$4`, partitionKey, key, value, valuePredicate.([]byte))
	}
	if err != nil {
		return fmt.Errorf("postgres setIf: %w", err)
	}
	if res.RowsAffected() != 1 {
		return kv.ErrPredicateFailed
	}
	return nil
}

func (s *Store) Delete(ctx context.Context, partitionKey, key []byte) error {
	if len(partitionKey) == 0 {
		return kv.ErrMissingPartitionKey
	}
	if len(key) == 0 {
		return kv.ErrMissingKey
	}
	_, err := s.Pool.Exec(ctx, `DELETE FROM `+s.Params.SanitizedTableName+` WHERE partition_key=$1 AND key=$2`, partitionKey, key)
	if err != nil {
		return fmt.Errorf("postgres delete: %w", err)
	}
	return nil
}

// Scan is reduced to the first page of upstream's EntriesIterator.runQuery
// (same SQL); rows are collected by hand instead of pgxscan.ScanAll.
func (s *Store) Scan(ctx context.Context, partitionKey []byte, options kv.ScanOptions) ([]kv.Entry, error) {
	if len(partitionKey) == 0 {
		return nil, kv.ErrMissingPartitionKey
	}
	limit := s.Params.ScanPageSize
	if options.BatchSize != 0 && options.BatchSize < limit {
		limit = options.BatchSize
	}
	var (
		rows pgx.Rows
		err  error
	)
	if options.KeyStart == nil {
		rows, err = s.Pool.Query(ctx, `SELECT partition_key,key,value FROM `+s.Params.SanitizedTableName+` WHERE partition_key=$1 ORDER BY key LIMIT $2`, partitionKey, limit)
	} else {
		rows, err = s.Pool.Query(ctx, `SELECT partition_key,key,value FROM `+s.Params.SanitizedTableName+` WHERE partition_key=$1 AND key >= $2 ORDER BY key LIMIT $3`, partitionKey, options.KeyStart, limit)
	}
	if err != nil {
		return nil, fmt.Errorf("postgres scan: %w", err)
	}
	defer rows.Close()
	var entries []kv.Entry
	for rows.Next() {
		var e kv.Entry
		if err := rows.Scan(&e.PartitionKey, &e.Key, &e.Value); err != nil {
			return nil, fmt.Errorf("scanning all entries: %w", err)
		}
		entries = append(entries, e)
	}
	return entries, rows.Err()
}

func (s *Store) Close() {
	s.Pool.Close()
}
