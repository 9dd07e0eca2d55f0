package schedulemanager

import (
	"context"
	"database/sql"

	"github.com/google/uuid"
	"github.com/pkg/errors"

	"example.com/heldout/goalert/gadb"
	"example.com/heldout/goalert/permission"
	"example.com/heldout/goalert/pkg/mapset"
	"example.com/heldout/goalert/util/log"
	"example.com/heldout/goalert/util/sqlutil"
)

// UpdateAll reproduces engine/schedulemanager/update.go:24 (engine cycle,
// every instance's engine loop calls it).
func (db *DB) UpdateAll(ctx context.Context) error {
	err := permission.LimitCheckAny(ctx, permission.System)
	if err != nil {
		return err
	}
	err = db.update(ctx)
	return err
}

// update reproduces engine/schedulemanager/update.go:63 (schedule data,
// overrides, rules, time zones, schedule data updates and notification
// messages trimmed). The transaction starts with the EXCLUSIVE module lock
// (BeginTxWithState -> BeginTx -> _BeginTx: ProcAcquireModuleLockNoWait,
// SELECT 1 FROM engine_processing_versions WHERE type_id = 'schedule' AND
// version = $2 FOR UPDATE NOWAIT, engine/processinglock/queries.sql:5-13,
// lock.go:88): only one instance runs the schedule manager at a time; the
// others get ErrNoLock. The current on-call users are preloaded (:161) and
// the missing ones inserted (:179); idx_schedule_on_call_once UNIQUE
// (schedule_id, user_id) WHERE end_time IS NULL (migrate/schema.sql:2420)
// backs it.
func (db *DB) update(ctx context.Context) error {
	tx, _, err := db.lock.BeginTxWithState(ctx, &sql.TxOptions{Isolation: sql.LevelRepeatableRead})
	if err != nil {
		return errors.Wrap(err, "start transaction")
	}
	defer sqlutil.Rollback(ctx, "schedule manager", tx)

	log.Debugf(ctx, "Updating schedule rules.")

	q := gadb.New(tx)
	now, err := q.Now(ctx)
	if err != nil {
		return errors.Wrap(err, "get DB time")
	}

	updateData := make(map[uuid.UUID]*updateInfo)
	getInfo := func(schedID uuid.UUID) *updateInfo {
		if info, ok := updateData[schedID]; ok {
			return info
		}
		info := &updateInfo{
			ScheduleID:    schedID,
			CurrentOnCall: mapset.NewThreadUnsafeSet[uuid.UUID](),
		}
		updateData[schedID] = info
		return info
	}

	// near-miss N8: preload of the open schedule_on_call_users rows; users missing from it are inserted below (SchedMgrStartOnCall).
	onCallRows, err := q.SchedMgrOnCall(ctx) // safe: single writer: this transaction holds the exclusive schedule-module lock (engine_processing_versions row FOR UPDATE NOWAIT, processinglock._BeginTx), and idx_schedule_on_call_once UNIQUE (schedule_id, user_id) WHERE end_time IS NULL backs it
	if err != nil {
		return errors.Wrap(err, "get on call")
	}

	for _, row := range onCallRows {
		getInfo(row.ScheduleID).CurrentOnCall.Add(row.UserID)
	}

updateLoop:
	for scheduleID, info := range updateData {
		result, err := info.calcUpdates(now)
		if err != nil {
			log.Log(log.WithField(ctx, "ScheduleID", scheduleID), errors.Wrap(err, "calc updates"))
			continue
		}

		for userID := range mapset.Elements(result.UsersToStart) {
			err = q.SchedMgrStartOnCall(ctx, gadb.SchedMgrStartOnCallParams{
				ScheduleID: info.ScheduleID,
				UserID:     userID,
			})
			if isScheduleDeleted(err) {
				// If the schedule was deleted, we skip this update and continue with the next one.
				// This prevents errors from being returned when the schedule no longer exists.
				continue updateLoop
			}
			if err != nil {
				return errors.Wrapf(err, "record shift start for user %s on schedule %s", userID, info.ScheduleID)
			}
		}
		for userID := range mapset.Elements(result.UsersToStop) {
			err = q.SchedMgrEndOnCall(ctx, gadb.SchedMgrEndOnCallParams{
				ScheduleID: info.ScheduleID,
				UserID:     userID,
			})
			if isScheduleDeleted(err) {
				continue updateLoop
			}
			if err != nil {
				return errors.Wrapf(err, "record shift end for user %s on schedule %s", userID, info.ScheduleID)
			}
		}
	}

	return tx.Commit()
}

// isScheduleDeleted reproduces engine/schedulemanager/update.go:280.
func isScheduleDeleted(err error) bool {
	if err == nil {
		return false
	}
	dbErr := sqlutil.MapError(err)
	if dbErr == nil {
		return false
	}
	switch dbErr.ConstraintName {
	case "schedule_on_call_users_schedule_id_fkey",
		"schedule_data_schedule_id_fkey",
		"outgoing_messages_schedule_id_fkey":
		return true
	}
	return false
}
