// Package kv reproduces lakeFS pkg/kv/store.go (trimmed): the Store
// interface every lakeFS service writes through, its errors, and the schema
// version helpers. In a PostgreSQL deployment the Store is
// pkg/kv/postgres.Store, one table "kv" keyed by (partition_key, key).
package kv

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"
)

// KV Schema versions
const (
	InitialMigrateVersion = iota + 1
	ACLMigrateVersion
	ACLNoReposMigrateVersion
	ACLImportMigrateVersion
	NextSchemaVersion
)

const (
	PathDelimiter        = "/"
	MetadataPartitionKey = "kv-internal-metadata"
)

var (
	ErrClosedEntries       = errors.New("closed entries")
	ErrConnectFailed       = errors.New("connect failed")
	ErrDriverConfiguration = errors.New("driver configuration")
	ErrMissingPartitionKey = errors.New("missing partition key")
	ErrMissingKey          = errors.New("missing key")
	ErrMissingValue        = errors.New("missing value")
	ErrNotFound            = errors.New("not found")
	ErrPredicateFailed     = errors.New("predicate failed")
	ErrSetupFailed         = errors.New("setup failed")
	ErrUnknownDriver       = errors.New("unknown driver")
)

// Precond Type for special conditionals provided as predicates for the SetIf method
type Precond string

// PrecondConditionalExists Conditional for SetIf which performs Set only if key already exists in store
var PrecondConditionalExists = Precond("ConditionalExists")

func FormatPath(p ...string) string {
	return strings.Join(p, PathDelimiter)
}

// Params stands in for kvparams.Config.
type Params struct {
	Type             string
	ConnectionString string
}

// Driver is the interface to access a kv database as a Store.
type Driver interface {
	Open(ctx context.Context, params Params) (Store, error)
}

// Predicate value used to update a key base on a previous fetched value.
type Predicate any

// ValueWithPredicate value with predicate - Value holds the data and Predicate a value used for conditional set.
type ValueWithPredicate struct {
	Value     []byte
	Predicate Predicate
}

type ScanOptions struct {
	KeyStart  []byte
	BatchSize int
}

type Store interface {
	// Get returns a result containing the Value and Predicate for the given key, or ErrNotFound if key doesn't exist
	Get(ctx context.Context, partitionKey, key []byte) (*ValueWithPredicate, error)

	// Set stores the given value, overwriting an existing value if one exists
	Set(ctx context.Context, partitionKey, key, value []byte) error

	// SetIf returns an ErrPredicateFailed error if the key with valuePredicate passed
	//  doesn't match the currently stored value. SetIf is a simple compare-and-swap operator:
	//  valuePredicate is either the existing value, or nil for no previous key exists.
	SetIf(ctx context.Context, partitionKey, key, value []byte, valuePredicate Predicate) error

	// Delete will delete the key, no error in if key doesn't exist
	Delete(ctx context.Context, partitionKey, key []byte) error

	// Scan returns entries of partitionKey, by key order (reduced: one page, no iterator).
	Scan(ctx context.Context, partitionKey []byte, options ScanOptions) ([]Entry, error)

	Close()
}

// Entry holds a pair of key/value
type Entry struct {
	PartitionKey []byte
	Key          []byte
	Value        []byte
}

var (
	drivers   = make(map[string]Driver)
	driversMu sync.RWMutex
)

func Register(name string, driver Driver) {
	driversMu.Lock()
	defer driversMu.Unlock()
	drivers[name] = driver
}

func Open(ctx context.Context, params Params) (Store, error) {
	driversMu.RLock()
	d, ok := drivers[params.Type]
	driversMu.RUnlock()
	if !ok {
		return nil, fmt.Errorf("%w: %s", ErrUnknownDriver, params.Type)
	}
	return d.Open(ctx, params)
}

// GetDBSchemaVersion returns the current KV DB schema version
func GetDBSchemaVersion(ctx context.Context, store Store) (int, error) {
	res, err := store.Get(ctx, []byte(MetadataPartitionKey), dbSchemaPath())
	if err != nil {
		return -1, err
	}
	version, err := strconv.Atoi(string(res.Value))
	if err != nil {
		return -1, err
	}
	return version, nil
}

// SetDBSchemaVersion sets KV DB schema version
func SetDBSchemaVersion(ctx context.Context, store Store, version uint) error {
	return store.Set(ctx, []byte(MetadataPartitionKey), dbSchemaPath(), fmt.Appendf(nil, "%d", version))
}

func dbSchemaPath() []byte {
	return []byte(FormatPath("kv", "schema", "version"))
}
