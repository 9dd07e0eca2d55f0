// Package middlewares reproduces github.com/getfider/fider/app/middlewares/setup.go
// (logging trimmed): one database transaction per request and per worker task,
// begun with dbx.BeginTx (sql.DB.BeginTx(ctx, nil): READ COMMITTED) and committed
// when the handler returns without error.
package middlewares

import (
	"example.com/heldout/fider/app"
	"example.com/heldout/fider/app/pkg/dbx"
	"example.com/heldout/fider/app/pkg/web"
	"example.com/heldout/fider/app/pkg/worker"
)

// WorkerSetup current context with some services
func WorkerSetup() worker.MiddlewareFunc {
	return func(next worker.Job) worker.Job {
		return func(c *worker.Context) (err error) {
			trx, err := dbx.BeginTx(c)
			if err != nil {
				err = c.Failure(err)
				return err
			}

			c.Set(app.TransactionCtxKey, trx)

			//Execute the chain
			if err = next(c); err != nil {
				trx.MustRollback()
				return err
			}

			//No errors, so try to commit it
			if err = trx.Commit(); err != nil {
				return err
			}

			return nil
		}
	}
}

// WebSetup current context with some services
func WebSetup() web.MiddlewareFunc {
	return func(next web.HandlerFunc) web.HandlerFunc {
		return func(c *web.Context) error {
			trx, err := dbx.BeginTx(c)
			if err != nil {
				err = c.Failure(err)
				return err
			}

			c.Set(app.TransactionCtxKey, trx)

			//Execute the chain
			if err := next(c); err != nil {
				c.Rollback()
				return err
			}

			//No errors, so try to commit it
			if err := c.Commit(); err != nil {
				return err
			}

			return nil
		}
	}
}
