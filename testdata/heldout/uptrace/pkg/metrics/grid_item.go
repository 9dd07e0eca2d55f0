package metrics

import (
	"context"
	"encoding/json"
	"errors"
	"time"

	"github.com/uptrace/bun"
)

// GridItem reproduces the GridItem interface of pkg/metrics/grid_item.go (reduced).
type GridItem interface {
	Base() *BaseGridItem
	Validate() error
}

var _ GridItem = (*BaseGridItem)(nil)

// BaseGridItem reproduces pkg/metrics/grid_item.go:29 (table grid_items,
// 20231130123639_grid_rows.tx.up.sql:50; id identity, non-unique dash_id index :74).
type BaseGridItem struct {
	bun.BaseModel `bun:"grid_items,alias:g"`

	ID       uint64   `json:"id" bun:",pk,autoincrement"`
	DashID   uint64   `json:"dashId"`
	DashKind DashKind `json:"dashKind"`
	RowID    uint64   `json:"rowId" bun:",nullzero"`

	Title       string `json:"title"`
	Description string `json:"description" bun:",nullzero"`

	Width  int `json:"width"`
	Height int `json:"height"`
	XAxis  int `json:"xAxis"`
	YAxis  int `json:"yAxis"`

	Type   GridItemType    `json:"type"`
	Params json.RawMessage `json:"params"`

	CreatedAt time.Time `json:"createdAt" bun:",nullzero"`
	UpdatedAt time.Time `json:"updatedAt" bun:",nullzero"`
}

// GridItemType reproduces pkg/metrics/grid_item.go:52.
type GridItemType string

func (item *BaseGridItem) Base() *BaseGridItem { return item }

// Validate reproduces pkg/metrics/grid_item.go:61 (reduced).
func (item *BaseGridItem) Validate() error {
	if item.Title == "" {
		return errors.New("grid item title can't be empty")
	}
	if item.DashKind == "" {
		return errors.New("grid item dash kind can't be empty")
	}
	if item.Type == "" {
		return errors.New("grid item type can't be empty")
	}

	if item.DashKind == DashKindGrid {
		if item.RowID == 0 {
			return errors.New("grid item row id can't be zero")
		}
	}
	if item.CreatedAt.IsZero() {
		item.CreatedAt = time.Now()
	}
	return nil
}

// SelectBaseGridItems reproduces pkg/metrics/grid_item.go:561.
func SelectBaseGridItems(
	ctx context.Context, pg *bun.DB, dashID uint64,
) ([]*BaseGridItem, error) {
	var gridItems []*BaseGridItem
	if err := pg.NewSelect().
		Model(&gridItems).
		Where("dash_id = ?", dashID).
		OrderExpr("row_id ASC, y_axis ASC, x_axis ASC, id ASC").
		Scan(ctx); err != nil {
		return nil, err
	}
	return gridItems, nil
}

// InsertGridItems reproduces pkg/metrics/grid_item.go:575.
func InsertGridItems(
	ctx context.Context, db bun.IDB, gridItems []GridItem,
) error {
	if _, err := db.NewInsert().
		Model(&gridItems).
		Exec(ctx); err != nil {
		return err
	}
	return nil
}
