package schedule

import (
	"context"
	"database/sql"

	"github.com/google/uuid"

	"example.com/heldout/goalert/permission"
	"example.com/heldout/goalert/util/sqlutil"
)

// isDataPkeyConflict reproduces schedule/storetemporaryschedules.go:53.
func isDataPkeyConflict(err error) bool {
	dbErr := sqlutil.MapError(err)
	if dbErr == nil {
		return false
	}
	return dbErr.ConstraintName == "schedule_data_pkey"
}

// SetTemporarySchedule reproduces schedule/storetemporaryschedules.go:69
// (user-existence normalization trimmed).
func (store *Store) SetTemporarySchedule(ctx context.Context, tx *sql.Tx, scheduleID uuid.UUID, temp TemporarySchedule) error {
	err := permission.LimitCheckAny(ctx, permission.User)
	if err != nil {
		return err
	}

	newTemp := &temp

	return store.updateScheduleData(ctx, tx, scheduleID, func(data *Data) error {
		data.V1.TemporarySchedules = setFixedShifts(data.V1.TemporarySchedules, *newTemp)
		return nil
	})
}

// SetOnCallNotificationRules reproduces
// schedule/storeoncallnotifications.go (rule validation and ID assignment
// trimmed; :104 calls updateScheduleData).
func (store *Store) SetOnCallNotificationRules(ctx context.Context, tx *sql.Tx, scheduleID uuid.UUID, rules []OnCallNotificationRule) error {
	err := permission.LimitCheckAny(ctx, permission.User)
	if err != nil {
		return err
	}

	return store.updateScheduleData(ctx, tx, scheduleID, func(data *Data) error {
		data.V1.OnCallNotificationRules = rules

		return nil
	})
}
