package postgres

// Reproduces github.com/getfider/fider/app/services/sqlstore/postgres/system.go.
// Schema: system_settings (key varchar(100) primary key, 202109272130_system_settings.sql:2).

import (
	"context"

	"example.com/heldout/fider/app"
	"example.com/heldout/fider/app/models/cmd"
	"example.com/heldout/fider/app/models/entity"
	"example.com/heldout/fider/app/models/query"
	"example.com/heldout/fider/app/pkg/dbx"
	"example.com/heldout/fider/app/pkg/errors"
)

func getSystemSettings(ctx context.Context, q *query.GetSystemSettings) error {
	return using(ctx, func(trx *dbx.Trx, _ *entity.Tenant, _ *entity.User) error {

		var value string
		err := trx.Scalar(&value, `SELECT value FROM system_settings WHERE key = $1`, q.Key)
		if err != nil && err != app.ErrNotFound {
			return errors.Wrap(err, "failed to query system_settings with key '%s'", q.Key)
		}

		q.Value = value
		return nil
	})
}

func setSystemSettings(ctx context.Context, c *cmd.SetSystemSettings) error {
	return using(ctx, func(trx *dbx.Trx, _ *entity.Tenant, _ *entity.User) error {

		_, err := trx.Execute(`
			INSERT INTO system_settings (key, value) VALUES ($1, $2)
			ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value;
		`, c.Key, c.Value)
		if err != nil {
			return errors.Wrap(err, "failed to update system_settings with key '%s'", c.Key)
		}

		return nil
	})
}
