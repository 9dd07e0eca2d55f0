// A write on the not-found path before the insert: no fix.
package effect_before

import (
	"context"
	"database/sql"
	"errors"

	"github.com/uptrace/bun"
)

type Counter struct {
	bun.BaseModel `bun:"table:counters"`
	ID            int64  `bun:"id,pk,autoincrement"`
	Name          string `bun:"name,unique"`
	N             int64  `bun:"n"`
}

type Audit struct {
	bun.BaseModel `bun:"table:audits"`
	ID            int64  `bun:"id,pk,autoincrement"`
	What          string `bun:"what"`
}

// Start starts the counter, auditing it first.
func Start(ctx context.Context, db *bun.DB, name string) error {
	var c Counter
	err := db.NewSelect().Model(&c).Where("name = ?", name).Scan(ctx)
	if errors.Is(err, sql.ErrNoRows) {
		if _, err := db.NewInsert().Model(&Audit{What: "start " + name}).Exec(ctx); err != nil {
			return err
		}
		_, err = db.NewInsert().Model(&Counter{Name: name}).Exec(ctx)
		return err
	}
	return err
}
