// bun: WherePK on a model literal keyed by its primary key.
package where_pk

import (
	"context"
	"database/sql"
	"errors"

	"github.com/uptrace/bun"
)

type Setting struct {
	bun.BaseModel `bun:"table:settings"`
	Key           string `bun:"key,pk"`
	Value         string `bun:"value"`
}

// Get returns the setting, storing def the first time.
func Get(ctx context.Context, db *bun.DB, key, def string) (string, error) {
	s := &Setting{Key: key}
	err := db.NewSelect().Model(s).WherePK().Scan(ctx)
	if errors.Is(err, sql.ErrNoRows) {
		s.Value = def
		if _, err := db.NewInsert().Model(s).Exec(ctx); err != nil {
			return "", err
		}
		return def, nil
	}
	return s.Value, err
}
