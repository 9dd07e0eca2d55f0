package datastore

import (
	"context"

	"xorm.io/xorm"

	"example.com/realworld/woodpecker/server/store"
	"example.com/realworld/woodpecker/server/store/datastore/migration"
)

// storage is server/store/datastore/engine.go:28: every store method runs
// on the shared *xorm.Engine (a database/sql pool); there is no in-process
// lock anywhere in the datastore.
type storage struct {
	engine *xorm.Engine
}

const perPage = 50

// Opts is server/store/store.go Opts, reduced.
type Opts struct {
	Driver string
	Config string
}

// NewEngine is server/store/datastore/engine.go:34, reduced.
func NewEngine(opts *Opts) (store.Store, error) {
	engine, err := xorm.NewEngine(opts.Driver, opts.Config)
	if err != nil {
		return nil, err
	}

	return &storage{
		engine: engine,
	}, nil
}

func (s storage) Ping() error {
	return s.engine.Ping()
}

// Migrate old storage or init new one (engine.go:62).
func (s storage) Migrate(ctx context.Context, allowLong bool) error {
	return migration.Migrate(ctx, s.engine, allowLong)
}

func (s storage) Close() error {
	return s.engine.Close()
}
