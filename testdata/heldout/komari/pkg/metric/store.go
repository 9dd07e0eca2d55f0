package metric

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"
)

// Store is the main metric storage handle (store.go:23, trimmed fields).
type Store struct {
	cfg Config
	// db is the primary database pool used for writes and fallback reads.
	db *sql.DB
	// readDB is the optional dedicated read-only pool.
	readDB  *sql.DB
	dialect dialect
	tables  tables
	// maintenanceMu serializes physical storage maintenance while allowing
	// concurrent size reads.
	maintenanceMu sync.RWMutex
	// retentionMu serializes a retention change with writes and compaction so a
	// disabled metric cannot be repopulated by an in-flight operation.
	retentionMu sync.RWMutex
	// ingestMu keeps the exact-sample upsert and its hot-rollup update atomic
	// with respect to other writers.
	ingestMu sync.Mutex
	// rollupViewMu keeps persisted and hot rollups as one queryable view.
	rollupViewMu sync.RWMutex
	// hotMu protects minute summaries (trimmed to closed buckets by metric).
	hotMu  sync.RWMutex
	hot    map[string]map[rollupKey]*rollupBucket
	mu     sync.RWMutex
	closed bool
}

// NewStoreWithDB builds a Store on an open pool (stands in for Open,
// store.go:92; connection set-up and auto-migration trimmed).
func NewStoreWithDB(db *sql.DB, cfg Config) *Store {
	if cfg.TablePrefix == "" {
		cfg.TablePrefix = "metric_"
	}
	return &Store{
		cfg:     cfg,
		db:      db,
		dialect: newDialect(cfg.Driver),
		tables: tables{
			definitions: tableName(cfg.TablePrefix, "definitions"),
			points:      tableName(cfg.TablePrefix, "points"),
			series:      tableName(cfg.TablePrefix, "series"),
			resolutions: tableName(cfg.TablePrefix, "resolutions"),
			labels:      tableName(cfg.TablePrefix, "label_sets"),
			rollups:     tableName(cfg.TablePrefix, "rollups"),
			watermarks:  tableName(cfg.TablePrefix, "compaction_watermarks"),
			state:       tableName(cfg.TablePrefix, "store_state"),
		},
		hot: make(map[string]map[rollupKey]*rollupBucket),
	}
}

// reader 返回只读查询应使用的连接池。
func (s *Store) reader() *sql.DB {
	if s.readDB != nil {
		return s.readDB
	}
	return s.db
}

// ensureOpen verifies that the Store is not closed.
func (s *Store) ensureOpen() error {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.closed {
		return ErrClosed
	}
	if s.db == nil {
		return ErrClosed
	}
	return nil
}

// CreateMetric creates a metric definition (store.go:450). No caller in the
// server at this commit (library API).
//
// CreateMetric 创建新的指标定义；同名指标已存在时返回 ErrAlreadyExists。
func (s *Store) CreateMetric(ctx context.Context, def Definition) error {
	if err := s.ensureOpen(); err != nil {
		return err
	}
	def = def.withDefaults()
	if err := def.Validate(); err != nil {
		return err
	}
	// Fail fast on an existing name so CreateMetric has create-only semantics.
	// The plain INSERT below still enforces this at the database via the
	// primary-key/unique constraint, closing the check-then-insert race.
	if _, err := s.GetMetric(ctx, def.Name); err == nil { // safe: create-only; a concurrent duplicate fails on the definitions.name primary key and isUniqueViolation maps it to ErrAlreadyExists, the same answer a serial second call gets
		return fmt.Errorf("%w: metric %q", ErrAlreadyExists, def.Name)
	} else if !errors.Is(err, ErrNotFound) {
		return err
	}
	metadata, err := encodeMap(def.Metadata)
	if err != nil {
		return err
	}
	now := timeMillis(time.Now())
	_, err = s.db.ExecContext(
		ctx,
		insertDefinitionOnlySQL(s.dialect, s.tables),
		def.Name,
		string(def.Type),
		def.Unit,
		def.Description,
		def.RetentionDays,
		metadata,
		now,
		now,
	)
	if err != nil && isUniqueViolation(err) {
		return fmt.Errorf("%w: metric %q", ErrAlreadyExists, def.Name)
	}
	return err
}

// UpsertMetric inserts a metric definition or, if one with the same name already
// exists, updates its mutable fields (store.go:497; the zero-retention series
// deletion is trimmed).
func (s *Store) UpsertMetric(ctx context.Context, def Definition) error {
	if err := s.ensureOpen(); err != nil {
		return err
	}
	def = def.withDefaults()
	if err := def.Validate(); err != nil {
		return err
	}
	if def.RetentionDays == 0 {
		s.retentionMu.Lock()
		defer s.retentionMu.Unlock()
	}
	metadata, err := encodeMap(def.Metadata)
	if err != nil {
		return err
	}
	now := timeMillis(time.Now())
	_, err = s.db.ExecContext(
		ctx,
		s.dialect.insertDefinitionSQL(s.tables),
		def.Name,
		string(def.Type),
		def.Unit,
		def.Description,
		def.RetentionDays,
		metadata,
		now,
		now,
	)
	return err
}

// GetMetric loads one metric definition by name (store.go:538).
//
// GetMetric 按名称读取指标定义，不存在时返回 ErrNotFound。
func (s *Store) GetMetric(ctx context.Context, name string) (Definition, error) {
	if err := s.ensureOpen(); err != nil {
		return Definition{}, err
	}
	if strings.TrimSpace(name) == "" {
		return Definition{}, fmt.Errorf("%w: metric name is required", ErrInvalidArgument)
	}
	row := s.reader().QueryRowContext(ctx, fmt.Sprintf(
		`SELECT name, type, unit, description, retention_days, metadata, created_at_milli, updated_at_milli FROM %s WHERE name = %s`,
		s.tables.definitions, s.dialect.placeholder(1),
	), name)
	def, err := scanDefinition(row)
	if errors.Is(err, sql.ErrNoRows) {
		return Definition{}, ErrNotFound
	}
	return def, err
}

// scanDefinition scans a metric definition from one row.
func scanDefinition(scanner interface{ Scan(dest ...any) error }) (Definition, error) {
	var def Definition
	var typ string
	var rawMetadata any
	var created, updated int64
	if err := scanner.Scan(&def.Name, &typ, &def.Unit, &def.Description, &def.RetentionDays, &rawMetadata, &created, &updated); err != nil {
		return Definition{}, err
	}
	metadata, err := decodeMap(rawMetadata)
	if err != nil {
		return Definition{}, err
	}
	def.Type = MetricType(typ)
	def.Metadata = metadata
	def.CreatedAt = fromMillis(created)
	def.UpdatedAt = fromMillis(updated)
	return def, nil
}

// isUniqueViolation reports whether err is a unique/primary-key constraint
// violation (store.go:1455).
func isUniqueViolation(err error) bool {
	if err == nil {
		return false
	}
	msg := strings.ToLower(err.Error())
	switch {
	case strings.Contains(msg, "unique constraint"): // sqlite, postgres
		return true
	case strings.Contains(msg, "duplicate entry"): // mysql
		return true
	case strings.Contains(msg, "duplicate key"): // postgres
		return true
	case strings.Contains(msg, "constraint failed"): // sqlite variants
		return true
	default:
		return false
	}
}
