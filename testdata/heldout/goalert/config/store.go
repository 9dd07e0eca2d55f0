package config

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"sync"

	"example.com/heldout/goalert/permission"
	"example.com/heldout/goalert/util"
	"example.com/heldout/goalert/util/jsonutil"
	"example.com/heldout/goalert/util/log"
	"example.com/heldout/goalert/util/sqlutil"
)

// SchemaVersion reproduces config.SchemaVersion.
const SchemaVersion = 1

// Store reproduces config/store.go (trimmed): configuration versions are
// append-only rows of the config table (id serial primary key config_pkey,
// migrate/schema.sql:1761-1769); the latest row wins.
type Store struct {
	db *sql.DB

	latestConfig *sql.Stmt
	setConfig    *sql.Stmt
	lock         *sql.Stmt

	mx      sync.RWMutex
	rawCfg  Config
	cfgVers int
}

// NewStore reproduces config/store.go:59 (statement texts verbatim;
// background reload trimmed).
func NewStore(ctx context.Context, db *sql.DB) (*Store, error) {
	p := util.Prepare{Ctx: ctx, DB: db}

	s := &Store{
		db:           db,
		latestConfig: p.P(`select id, data, schema from config where schema <= $1 order by id desc limit 1`),
		setConfig:    p.P(`insert into config (id, schema, data) values (DEFAULT, $1, $2) returning (id)`),
		lock:         p.P(`lock config in exclusive mode`),
	}

	if p.Err != nil {
		return nil, p.Err
	}

	return s, nil
}

func wrapTx(ctx context.Context, tx *sql.Tx, stmt *sql.Stmt) *sql.Stmt {
	if tx == nil {
		return stmt
	}

	return tx.StmtContext(ctx, stmt)
}

// ConfigData reproduces config/store.go:204 (decryption trimmed).
func (s *Store) ConfigData(ctx context.Context, tx *sql.Tx) (id, schemaVersion int, data []byte, err error) {
	err = permission.LimitCheckAny(ctx, permission.System, permission.Admin)
	if err != nil {
		return 0, 0, nil, err
	}

	err = wrapTx(ctx, tx, s.latestConfig).QueryRowContext(ctx, SchemaVersion).Scan(&id, &data, &schemaVersion)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, SchemaVersion, []byte("{}"), nil
	}
	if err != nil {
		return 0, 0, nil, err
	}

	return id, schemaVersion, data, nil
}

// SetConfigData reproduces config/store.go:227 (encryption trimmed).
func (s *Store) SetConfigData(ctx context.Context, tx *sql.Tx, data []byte) (int, error) {
	err := permission.LimitCheckAny(ctx, permission.System, permission.Admin)
	if err != nil {
		return 0, err
	}

	var cfg Config
	err = json.Unmarshal(data, &cfg)
	if err != nil {
		return 0, err
	}

	var id int
	err = wrapTx(ctx, tx, s.setConfig).QueryRowContext(ctx, SchemaVersion, data).Scan(&id)
	if err != nil {
		return 0, err
	}

	return id, nil
}

// reloadTx reproduces config/store.go:253.
func (s *Store) reloadTx(ctx context.Context, tx *sql.Tx) (*Config, int, error) {
	id, schemaVersion, data, err := s.ConfigData(ctx, tx)
	if err != nil {
		return nil, 0, err
	}

	var c Config
	switch schemaVersion {
	case 1:
		err = json.Unmarshal(data, &c)
		if err != nil {
			return nil, 0, err
		}
	default:
		return nil, 0, errors.New("invalid config schema version")
	}

	c.data = data
	return &c, id, nil
}

// UpdateConfig reproduces config/store.go:275 (reload trimmed). Reached from
// the GraphQL setConfig mutation, the admin config PUT and start-up
// (app/initstores.go:68 InitialConfig).
func (s *Store) UpdateConfig(ctx context.Context, fn func(Config) (Config, error)) error {
	err := permission.LimitCheckAny(ctx, permission.System, permission.Admin)
	if err != nil {
		return err
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer sqlutil.Rollback(ctx, "config: update", tx)

	id, err := s.updateConfigTx(ctx, tx, fn)
	if err != nil {
		return err
	}
	err = tx.Commit()
	if err != nil {
		return err
	}

	log.Logf(ctx, "Set configuration to version %d (schema version %d)", id, SchemaVersion)

	return nil
}

// updateConfigTx reproduces config/store.go:305.
func (s *Store) updateConfigTx(ctx context.Context, tx *sql.Tx, fn func(Config) (Config, error)) (int, error) {
	_, err := tx.StmtContext(ctx, s.lock).ExecContext(ctx)
	if err != nil {
		return 0, err
	}

	// near-miss N5: latest config version (ConfigData: ErrNoRows -> defaults), then a new version is inserted (SetConfigData).
	cfg, _, err := s.reloadTx(ctx, tx) // safe: read after `lock config in exclusive mode` in this transaction, and every write inserts a new version keyed on a fresh serial id (DEFAULT, config_pkey)
	if err != nil {
		return 0, err
	}

	newCfg, err := fn(*cfg)
	if err != nil {
		return 0, err
	}
	err = newCfg.Validate()
	if err != nil {
		return 0, err
	}

	data, err := jsonutil.Apply(cfg.data, newCfg)
	if err != nil {
		return 0, err
	}

	return s.SetConfigData(ctx, tx, data)
}
