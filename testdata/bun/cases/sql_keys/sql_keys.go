// The unique key is declared only in the project's SQL migrations (as
// golang-migrate keeps them), not in bun's tags: bun's tags matter only
// to the tables bun itself creates.
package sql_keys

import (
	"context"
	"database/sql"
	"errors"

	"github.com/uptrace/bun"
)

type Tenant struct {
	bun.BaseModel `bun:"table:tenants"`
	ID            int64  `bun:"id,pk,autoincrement"`
	Slug          string `bun:"slug"`
	Plan          string `bun:"plan"`
}

// Trial is not in the schema: its slug is not unique.
type Trial struct {
	bun.BaseModel `bun:"table:trials"`
	ID            int64  `bun:"id,pk,autoincrement"`
	Slug          string `bun:"slug"`
}

// EnsureTenant returns the tenant for slug, creating it on the free plan.
func EnsureTenant(ctx context.Context, db bun.IDB, slug string) (*Tenant, error) {
	t := new(Tenant)
	err := db.NewSelect().Model(t).Where("slug = ?", slug).Scan(ctx)
	if errors.Is(err, sql.ErrNoRows) {
		t = &Tenant{Slug: slug, Plan: "free"}
		_, err = db.NewInsert().Model(t).Exec(ctx)
	}
	if err != nil {
		return nil, err
	}
	return t, nil
}

// StartTrial: reported, not fixed (no unique key on trials.slug).
func StartTrial(ctx context.Context, db bun.IDB, slug string) error {
	var tr Trial
	err := db.NewSelect().Model(&tr).Where("slug = ?", slug).Scan(ctx)
	if errors.Is(err, sql.ErrNoRows) {
		_, err = db.NewInsert().Model(&Trial{Slug: slug}).Exec(ctx)
	}
	return err
}
