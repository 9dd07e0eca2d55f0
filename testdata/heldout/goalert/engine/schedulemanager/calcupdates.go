package schedulemanager

import (
	"time"

	"github.com/google/uuid"

	"example.com/heldout/goalert/pkg/mapset"
)

// updateInfo reproduces engine/schedulemanager/calcupdates.go:15 (rules,
// overrides, temporary schedules and notification rules trimmed to the
// resolved set of users that should be on call).
type updateInfo struct {
	ScheduleID     uuid.UUID
	TimeZone       *time.Location
	CurrentOnCall  mapset.Set[uuid.UUID]
	ShouldBeOnCall mapset.Set[uuid.UUID]
}

type updateResult struct {
	ScheduleID   uuid.UUID
	UsersToStart mapset.Set[uuid.UUID]
	UsersToStop  mapset.Set[uuid.UUID]
}

// calcUpdates is trimmed from engine/schedulemanager/calcupdates.go:66
// (pure computation).
func (info updateInfo) calcUpdates(now time.Time) (*updateResult, error) {
	if info.CurrentOnCall == nil {
		info.CurrentOnCall = mapset.NewThreadUnsafeSet[uuid.UUID]()
	}
	if info.ShouldBeOnCall == nil {
		info.ShouldBeOnCall = mapset.NewThreadUnsafeSet[uuid.UUID]()
	}

	result := updateResult{
		ScheduleID:   info.ScheduleID,
		UsersToStart: mapset.NewThreadUnsafeSet[uuid.UUID](),
		UsersToStop:  mapset.NewThreadUnsafeSet[uuid.UUID](),
	}

	newOnCall := info.ShouldBeOnCall
	onCallChanged := !newOnCall.Equal(info.CurrentOnCall)
	if onCallChanged {
		result.UsersToStop = info.CurrentOnCall.Difference(newOnCall)  // currently on-call, but not anymore
		result.UsersToStart = newOnCall.Difference(info.CurrentOnCall) // not currently on-call, but should be
	}

	return &result, nil
}
