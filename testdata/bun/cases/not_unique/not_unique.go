// The key is not unique: reported with the tag to add, not changed.
package not_unique

import (
	"context"
	"database/sql"
	"errors"

	"github.com/uptrace/bun"
)

type Note struct {
	bun.BaseModel `bun:"table:notes"`
	ID            int64  `bun:"id,pk,autoincrement"`
	Day           string `bun:"day"`
	Body          string `bun:"body"`
}

// Today returns the note of the day, creating it empty.
func Today(ctx context.Context, db *bun.DB, day string) (*Note, error) {
	n := new(Note)
	err := db.NewSelect().Model(n).Where("day = ?", day).Scan(ctx)
	if errors.Is(err, sql.ErrNoRows) {
		n = &Note{Day: day}
		_, err = db.NewInsert().Model(n).Exec(ctx)
	}
	return n, err
}
