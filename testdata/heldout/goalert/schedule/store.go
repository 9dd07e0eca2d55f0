package schedule

import (
	"context"
	"database/sql"

	"github.com/google/uuid"

	"example.com/heldout/goalert/gadb"
	"example.com/heldout/goalert/permission"
	"example.com/heldout/goalert/validation/validate"
)

// Store reproduces schedule/store.go (trimmed).
type Store struct {
	db *sql.DB
}

// NewStore reproduces schedule/store.go NewStore.
func NewStore(ctx context.Context, db *sql.DB) (*Store, error) {
	return &Store{db: db}, nil
}

// Schedule reproduces schedule/schedule.go (trimmed).
type Schedule struct {
	ID          string
	Name        string
	Description string
	TimeZone    string
}

// FindOneForUpdate reproduces schedule/store.go:233: SELECT ... FROM
// schedules WHERE id = $1 FOR UPDATE (gadb SchedFindOneForUpdate).
func (store *Store) FindOneForUpdate(ctx context.Context, tx *sql.Tx, id string) (*Schedule, error) {
	err := permission.LimitCheckAny(ctx, permission.All)
	if err != nil {
		return nil, err
	}
	err = validate.UUID("ScheduleID", id)
	if err != nil {
		return nil, err
	}

	schedID, err := uuid.Parse(id)
	if err != nil {
		return nil, err
	}

	db := gadb.New(store.db)
	if tx != nil {
		db = db.WithTx(tx)
	}

	row, err := db.SchedFindOneForUpdate(ctx, schedID)
	if err != nil {
		return nil, err
	}

	s := Schedule{
		ID:          row.ID.String(),
		Name:        row.Name,
		Description: row.Description,
		TimeZone:    row.TimeZone,
	}
	return &s, nil
}
