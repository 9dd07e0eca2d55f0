package metrics

import (
	"context"
	"database/sql"
	"errors"
	"time"

	"github.com/uptrace/bun"
)

// GridRow reproduces pkg/metrics/grid_row.go:12 (table grid_rows,
// 20231130123639_grid_rows.tx.up.sql:20: id identity, only the non-unique
// grid_rows_dash_id_idx ON grid_rows (dash_id) :36).
type GridRow struct {
	bun.BaseModel `bun:"grid_rows,alias:r"`

	ID     uint64 `json:"id" bun:",pk,autoincrement"`
	DashID uint64 `json:"dashId"`

	Title       string `json:"title"`
	Description string `json:"description" bun:",nullzero"`
	Expanded    bool   `json:"expanded"`
	Index       int    `json:"index"`

	Items []GridItem `json:"items" bun:"-"`

	CreatedAt time.Time `json:"createdAt" bun:",nullzero"`
	UpdatedAt time.Time `json:"updatedAt" bun:",nullzero"`
}

// Validate reproduces pkg/metrics/grid_row.go:29.
func (row *GridRow) Validate() error {
	if row.Title == "" {
		return errors.New("row title can't be empty")
	}

	if row.CreatedAt.IsZero() {
		now := time.Now()
		row.CreatedAt = now
		row.UpdatedAt = now
	}

	return nil
}

// SelectGridRow reproduces pkg/metrics/grid_row.go:43.
func SelectGridRow(
	ctx context.Context, pg *bun.DB, rowID uint64,
) (*GridRow, error) {
	row := new(GridRow)

	if err := pg.NewSelect().
		Model(row).
		Where("id = ?", rowID).
		Scan(ctx); err != nil {
		return nil, err
	}

	return row, nil
}

// SelectGridRows reproduces pkg/metrics/grid_row.go:58.
func SelectGridRows(
	ctx context.Context, db bun.IDB, dashID uint64,
) ([]*GridRow, error) {
	rows := make([]*GridRow, 0)

	if err := db.NewSelect().
		Model(&rows).
		Where("dash_id = ?", dashID).
		OrderExpr("index ASC").
		Scan(ctx); err != nil {
		return nil, err
	}

	for i := range rows {
		rows[i].Index = i
	}

	return rows, nil
}

// SelectOrCreateGridRow reproduces pkg/metrics/grid_row.go:78 (lookup :85,
// insert :99).
func SelectOrCreateGridRow(ctx context.Context, pg *bun.DB, dashID uint64) (*GridRow, error) {
	row := &GridRow{
		DashID:   dashID,
		Title:    "Row Title",
		Expanded: true,
	}

	if err := pg.NewSelect(). // race; no unique key: grid_rows has only the non-unique grid_rows_dash_id_idx (dash_id)
					Model(row).
					Where("dash_id = ?", dashID).
					OrderExpr("index ASC").
					Limit(1).
					Scan(ctx); err == nil {
		return row, nil
	} else if err != sql.ErrNoRows {
		return nil, err
	}

	if err := row.Validate(); err != nil {
		return nil, err
	}
	if _, err := pg.NewInsert().Model(row).Exec(ctx); err != nil {
		return nil, err
	}
	return row, nil
}

// InsertGridRow reproduces pkg/metrics/grid_row.go:105.
func InsertGridRow(
	ctx context.Context, db bun.IDB, gridRow *GridRow,
) error {
	if _, err := db.NewInsert().
		Model(gridRow).
		Exec(ctx); err != nil {
		return err
	}
	return nil
}
