// A repository that answers "not found" with nil, nil.
package repo_nil

import (
	"context"
	"database/sql"
	"errors"

	"github.com/uptrace/bun"
)

type Flag struct {
	bun.BaseModel `bun:"table:flags"`
	Name          string `bun:"name,pk"`
	Enabled       bool   `bun:"enabled"`
}

type Repo struct{ DB *bun.DB }

// Find returns the flag, or nil when there is none.
func (r *Repo) Find(ctx context.Context, name string) (*Flag, error) {
	f := new(Flag)
	err := r.DB.NewSelect().Model(f).Where("name = ?", name).Scan(ctx)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return f, nil
}

// Insert stores a new flag.
func (r *Repo) Insert(ctx context.Context, f *Flag) error {
	_, err := r.DB.NewInsert().Model(f).Exec(ctx)
	return err
}

// Enabled reports the flag, registering it disabled the first time.
func (r *Repo) Enabled(ctx context.Context, name string) (bool, error) {
	f, err := r.Find(ctx, name)
	if err != nil {
		return false, err
	}
	if f == nil {
		return false, r.Insert(ctx, &Flag{Name: name})
	}
	return f.Enabled, nil
}
