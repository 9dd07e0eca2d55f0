package migration

import (
	"context"
	"fmt"
	"reflect"

	"xorm.io/xorm"

	"example.com/realworld/woodpecker/server/model"
	"example.com/realworld/woodpecker/third_party/xormigrate"
)

// APPEND NEW MIGRATIONS
// They are executed in order and if one fails Xormigrate will try to rollback that specific one and quits.
// (server/store/datastore/migration/migration.go:30, reduced to the one
// migration reproduced here.)
var migrationTasks = []*xormigrate.Migration{
	&addOrgID,
}

// allBeans is migration.go:64: every model whose xorm tags are synced into
// the schema (CREATE TABLE / CREATE UNIQUE INDEX UQE_<table>_<name>) after the
// migrations, so the UNIQUE(...) struct tags in server/model are the unique
// keys of the live database.
var allBeans = []any{
	new(model.Pipeline),
	new(model.PipelineConfig),
	new(model.Config),
	new(model.Perm),
	new(model.Step),
	new(model.Registry),
	new(model.Repo),
	new(model.Secret),
	new(model.User),
	new(model.ServerConfig),
	new(model.Cron),
	new(model.Redirection),
	new(model.Forge),
	new(model.Org),
}

// Migrate is migration.go:86, reduced: the migrations run one by one at
// start-up (cmd/server/setup.go:93, setupStore) before any server
// goroutine exists.
func Migrate(_ context.Context, e *xorm.Engine, _ bool) error {
	m := xormigrate.New(e, migrationTasks)

	if err := m.Migrate(); err != nil {
		return err
	}

	if err := syncAll(e); err != nil {
		return fmt.Errorf("msg: %w", err)
	}

	return nil
}

// syncAll is migration.go:129.
func syncAll(sess *xorm.Engine) error {
	for _, bean := range allBeans {
		if err := sess.Sync(bean); err != nil {
			return fmt.Errorf("sync error '%s': %w", reflect.TypeOf(bean), err)
		}
	}
	return nil
}
