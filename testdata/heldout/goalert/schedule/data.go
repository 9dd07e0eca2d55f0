package schedule

import (
	"time"

	"github.com/google/uuid"
)

// Data reproduces schedule/data.go:10 (the JSON document stored in
// schedule_data.data).
type Data struct {
	V1 struct {
		TemporarySchedules      []TemporarySchedule
		OnCallNotificationRules []OnCallNotificationRule
	}
}

// TemporarySchedule reproduces schedule/temporaryschedule.go (trimmed).
type TemporarySchedule struct {
	Start, End time.Time
	Shifts     []FixedShift
}

// FixedShift reproduces schedule/fixedshift.go (trimmed).
type FixedShift struct {
	Start, End time.Time
	UserID     string
}

// OnCallNotificationRule reproduces schedule/oncallnotificationrule.go (trimmed).
type OnCallNotificationRule struct {
	ChannelID uuid.UUID
}

// setFixedShifts is trimmed from schedule/temporaryschedule.go.
func setFixedShifts(tmp []TemporarySchedule, newTemp TemporarySchedule) []TemporarySchedule {
	return append(tmp, newTemp)
}

// DestTypeSchedule and FieldScheduleID reproduce schedule/nfydest.go:15-16.
const (
	DestTypeSchedule = "builtin-schedule"
	FieldScheduleID  = "schedule_id"
)
