package sqlmigration

import (
	"context"

	"github.com/uptrace/bun"
)

type updateOrganizations struct{}

// Up reproduces 028_update_organizations.go:76-104 (the column renames are
// left out): organizations.name and organizations.alias get unique indexes.
func (migration *updateOrganizations) Up(ctx context.Context, db *bun.DB) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer func() {
		_ = tx.Rollback()
	}()

	_, err = tx.
		NewCreateIndex().
		Unique().
		IfNotExists().
		Index("idx_unique_name").
		Table("organizations").
		Column("name").
		Exec(ctx)
	if err != nil {
		return err
	}

	_, err = tx.
		NewCreateIndex().
		Unique().
		IfNotExists().
		Index("idx_unique_alias").
		Table("organizations").
		Column("alias").
		Exec(ctx)
	if err != nil {
		return err
	}

	return tx.Commit()
}
