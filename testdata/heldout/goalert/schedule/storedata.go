package schedule

import (
	"context"
	"database/sql"
	"encoding/json"

	"example.com/heldout/goalert/gadb"
	"example.com/heldout/goalert/util/jsonutil"
	"example.com/heldout/goalert/util/sqlutil"
	"github.com/google/uuid"
)

func (store *Store) scheduleData(ctx context.Context, tx *sql.Tx, scheduleID uuid.UUID) (*Data, error) {
	db := gadb.New(store.db)
	if tx != nil {
		db = db.WithTx(tx)
	}
	rawData, err := db.SchedFindData(ctx, scheduleID)
	if err == sql.ErrNoRows {
		err = nil
	}
	if err != nil {
		return nil, err
	}

	var data Data
	if len(rawData) > 0 {
		err = json.Unmarshal(rawData, &data)
		if err != nil {
			return nil, err
		}
	}

	return &data, nil
}

// updateScheduleData reproduces schedule/storedata.go:38 verbatim. Reached
// from the GraphQL mutations setTemporarySchedule / clearTemporarySchedules /
// setScheduleOnCallNotificationRules (graphql2/graphqlapp/mutation.go:99,132,
// 166, each in withContextTx, no lock on the schedule row) ->
// Store.SetTemporarySchedule (storetemporaryschedules.go:69) etc. A schedule
// has no schedule_data row until its first temporary schedule or on-call
// notification rule (SchedCreate, schedule/queries.sql:54, inserts only into
// schedules). Key: schedule_data_pkey PRIMARY KEY (schedule_id)
// (migrate/schema.sql:2399,2404). SELECT ... FOR UPDATE locks nothing when
// the row is missing, so two first edits of a schedule both INSERT; the
// second blocks on the first's key, gets 23505 after it commits, and the
// "re-try select for update" runs in a transaction PostgreSQL has already
// aborted, so the mutation fails (serially it would have updated the row).
func (store *Store) updateScheduleData(ctx context.Context, tx *sql.Tx, scheduleID uuid.UUID, apply func(data *Data) error) error {
	var err error
	externalTx := tx != nil
	if !externalTx {
		tx, err = store.db.BeginTx(ctx, nil)
		if err != nil {
			return err
		}
		defer sqlutil.Rollback(ctx, "schedule: update data", tx)
	}

	db := gadb.New(store.db).WithTx(tx)

	var rawData json.RawMessage
	// Select for update, if it does not exist try inserting, if that fails due to a race, re-try select for update
	// R2: the retry cannot work: the failed INSERT (23505 schedule_data_pkey) has aborted the transaction, so the re-select fails with 25P02 and the call errors.
	rawData, err = db.SchedFindDataForUpdate(ctx, scheduleID) // race
	if err == sql.ErrNoRows {
		err = db.SchedInsertData(ctx, scheduleID)
		if isDataPkeyConflict(err) {
			// insert happened after orig. select for update and our subsequent insert, re-try select for update
			rawData, err = db.SchedFindDataForUpdate(ctx, scheduleID)
		}
	}
	if err != nil {
		return err
	}

	var data Data
	if len(rawData) > 0 {
		err = json.Unmarshal(rawData, &data)
		if err != nil {
			return err
		}
	}

	err = apply(&data)
	if err != nil {
		return err
	}

	// preserve unknown fields
	rawData, err = jsonutil.Apply(rawData, data)
	if err != nil {
		return err
	}

	err = db.SchedUpdateData(ctx, gadb.SchedUpdateDataParams{
		ScheduleID: scheduleID,
		Data:       rawData,
	})
	if err != nil {
		return err
	}

	if !externalTx {
		return tx.Commit()
	}

	return nil
}
