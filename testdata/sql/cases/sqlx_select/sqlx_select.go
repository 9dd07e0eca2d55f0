// sqlx's Select into a slice: nothing found is an empty slice, tested
// with len; then the insert.
package sqlx_select

import (
	"context"

	"github.com/jmoiron/sqlx"
)

type Webhook struct {
	ID  int64  `db:"id"`
	URL string `db:"url"`
}

// Subscribe registers the webhook URL once.
func Subscribe(ctx context.Context, db *sqlx.DB, url string) error {
	var hooks []Webhook
	if err := db.SelectContext(ctx, &hooks, "SELECT id, url FROM webhooks WHERE url = ?", url); err != nil {
		return err
	}
	if len(hooks) > 0 {
		return nil
	}
	_, err := db.ExecContext(ctx, "INSERT INTO webhooks (url) VALUES (?)", url)
	return err
}
