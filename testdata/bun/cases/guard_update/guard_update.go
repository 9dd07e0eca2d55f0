// Near-miss: the lookup guards an update, never a create.
package guard_update

import (
	"context"
	"database/sql"
	"errors"

	"github.com/uptrace/bun"
)

type Project struct {
	bun.BaseModel `bun:"table:projects"`
	ID            int64  `bun:"id,pk,autoincrement"`
	Slug          string `bun:"slug,unique"`
	Name          string `bun:"name"`
}

var ErrMissing = errors.New("missing")

// Rename renames an existing project.
func Rename(ctx context.Context, db *bun.DB, slug, name string) error {
	var p Project
	err := db.NewSelect().Model(&p).Where("slug = ?", slug).Scan(ctx)
	if errors.Is(err, sql.ErrNoRows) {
		return ErrMissing
	}
	if err != nil {
		return err
	}
	p.Name = name
	_, err = db.NewUpdate().Model(&p).WherePK().Exec(ctx)
	return err
}
