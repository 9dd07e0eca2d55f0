package rotationmanager

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/google/uuid"

	"example.com/heldout/goalert/gadb"
	"example.com/heldout/goalert/pkg/river"
	"example.com/heldout/goalert/schedule/rotation"
	"example.com/heldout/goalert/util"
)

type UpdateArgs struct {
	RotationID uuid.UUID
}

func (UpdateArgs) Kind() string { return "rotation-manager-update" }

// updateRotation reproduces engine/rotationmanager/updaterotation.go:24
// verbatim. It is the River worker for "rotation-manager-update" jobs
// (setup.go:22), which are inserted by database triggers on every change to
// a rotation or its participants (fn_job_rotation -> fn_util_river_job,
// migrate/schema.sql:1145-1151,1393-1410: deduplicated only within one
// transaction) and by the job itself (:62, unique by args per minute).
// Several jobs for one rotation can therefore run at once (queue MaxWorkers
// 5 per instance, any number of instances), and the transaction only takes
// the SHARED module lock (WithTxShared -> ProcAcquireModuleSharedLock,
// "... FOR SHARE", engine/processinglock/queries.sql), which does not exclude
// other holders. The rotation state is read without a lock (RotMgrRotationData,
// engine/rotationmanager/queries.sql:1-22, LEFT JOIN rotation_state); when it
// is missing (state_version 0) the state is inserted with a plain INSERT
// (RotMgrStart, queries.sql:24-40). Key: rotation_state_pkey PRIMARY KEY
// (rotation_id) (migrate/schema.sql:2356,2362): a second concurrent job fails
// with a unique violation (River retries it later).
func (db *DB) updateRotation(ctx context.Context, j *river.Job[UpdateArgs]) error {
	return db.lock.WithTxShared(ctx, func(ctx context.Context, tx *sql.Tx) error {
		g := gadb.New(tx)

		// R3: state lookup (LEFT JOIN rotation_state); StateVersion == 0 -> RotMgrStart below.
		row, err := g.RotMgrRotationData(ctx, j.Args.RotationID) // race
		if errors.Is(err, sql.ErrNoRows) {
			// no longer exists, so nothing to do
			return nil
		}
		if err != nil {
			return fmt.Errorf("load rotation data: %w", err)
		}

		if len(row.Participants) == 0 {
			if row.StateVersion != 0 {
				// no participants, but we have a position, so clear it
				err = g.RotMgrEnd(ctx, j.Args.RotationID)
				if err != nil {
					return fmt.Errorf("end rotation: %w", err)
				}
				return nil
			}

			return nil
		}

		loc, err := util.LoadLocation(row.Rotation.TimeZone)
		if err != nil {
			return fmt.Errorf("load location: %w", err)
		}

		r := rotation.Rotation{
			Type:        rotation.Type(row.Rotation.Type),
			Start:       row.Rotation.StartTime.In(loc),
			ShiftLength: int(row.Rotation.ShiftLength),
		}

		// schedule next run
		_, err = db.riverDBSQL.InsertTx(ctx, tx, UpdateArgs{RotationID: j.Args.RotationID}, &river.InsertOpts{
			UniqueOpts: river.UniqueOpts{
				ByArgs:   true,
				ByPeriod: time.Minute,
			},
			Priority:    PriorityScheduled,
			ScheduledAt: r.EndTime(row.Now),
			Queue:       QueueName,
		})
		if err != nil {
			return fmt.Errorf("schedule next run: %w", err)
		}

		if row.StateVersion == 0 {
			// no state, but we have participants, so start at the beginning
			err = g.RotMgrStart(ctx, j.Args.RotationID)
			if err != nil {
				return fmt.Errorf("start rotation: %w", err)
			}
			return nil
		}

		s := rotState{
			ShiftStart: row.StateShiftStart.Time.In(loc),
			Position:   int(row.StatePosition),
			Version:    int(row.StateVersion),
		}
		adv, err := calcAdvance(ctx, row.Now, &r, s, len(row.Participants))
		if err != nil {
			return fmt.Errorf("calc advance: %w", err)
		}
		if adv == nil {
			// no advancement needed
			return nil
		}

		err = g.RotMgrUpdate(ctx, gadb.RotMgrUpdateParams{
			RotationID:            j.Args.RotationID,
			Position:              int32(adv.newPosition),
			RotationParticipantID: row.Participants[adv.newPosition],
		})
		if err != nil {
			return fmt.Errorf("update rotation state (advance): %w", err)
		}

		return nil
	})
}
