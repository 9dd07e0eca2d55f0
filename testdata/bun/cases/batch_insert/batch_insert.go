// Several rows in one insert: no fix.
package batch_insert

import (
	"context"

	"github.com/uptrace/bun"
)

type Link struct {
	bun.BaseModel `bun:"table:links"`
	A             int64 `bun:"a,pk"`
	B             int64 `bun:"b,pk"`
}

// Pair links a and b both ways.
func Pair(ctx context.Context, db *bun.DB, a, b int64) error {
	n, err := db.NewSelect().Model((*Link)(nil)).Where("a = ? AND b = ?", a, b).Count(ctx)
	if err != nil || n > 0 {
		return err
	}
	links := []Link{{A: a, B: b}, {A: b, B: a}}
	_, err = db.NewInsert().Model(&links).Exec(ctx)
	return err
}
