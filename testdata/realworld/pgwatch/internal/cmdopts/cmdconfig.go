package cmdopts

import (
	"context"
	"errors"

	"example.com/realworld/pgwatch/internal/db"
	"example.com/realworld/pgwatch/internal/sinks"
)

type ConfigUpgradeCommand struct {
	owner *Options
}

// Execute upgrades the configuration schema.
// (trimmed: the sources and metrics migrators, exit codes)
func (cmd *ConfigUpgradeCommand) Execute([]string) (err error) {
	opts := cmd.owner
	ctx := context.Background()

	f := func(uri string, newMigratorFunc func() (any, error)) error {
		if uri == "" {
			return nil
		}
		if !opts.IsPgConnStr(uri) {
			return errors.ErrUnsupported
		}
		obj, initErr := newMigratorFunc()
		if initErr != nil {
			return initErr
		}
		if m, ok := obj.(db.Migrator); ok {
			return m.Migrate()
		}
		return nil
	}

	for _, uri := range opts.Sinks.Sinks {
		err = errors.Join(err, f(uri, func() (any, error) {
			return sinks.NewPostgresSinkMigrator(ctx, uri)
		}))
	}
	return err
}
