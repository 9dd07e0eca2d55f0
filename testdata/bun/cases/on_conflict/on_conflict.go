// Near-misses: inserts that resolve the conflict themselves.
package on_conflict

import (
	"context"
	"database/sql"
	"errors"

	"github.com/uptrace/bun"
)

type Tag struct {
	bun.BaseModel `bun:"table:tags"`
	ID            int64  `bun:"id,pk,autoincrement"`
	Name          string `bun:"name,unique"`
}

// Ensure inserts the tag, doing nothing on a conflict.
func Ensure(ctx context.Context, db *bun.DB, name string) error {
	var t Tag
	err := db.NewSelect().Model(&t).Where("name = ?", name).Scan(ctx)
	if errors.Is(err, sql.ErrNoRows) {
		_, err = db.NewInsert().Model(&Tag{Name: name}).On("CONFLICT (name) DO NOTHING").Exec(ctx)
	}
	return err
}

// EnsureIgnore is Ensure with Ignore.
func EnsureIgnore(ctx context.Context, db *bun.DB, name string) error {
	var t Tag
	err := db.NewSelect().Model(&t).Where("name = ?", name).Scan(ctx)
	if errors.Is(err, sql.ErrNoRows) {
		_, err = db.NewInsert().Model(&Tag{Name: name}).Ignore().Exec(ctx)
	}
	return err
}
