package signalmgr

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"github.com/google/uuid"

	"example.com/heldout/goalert/gadb"
	"example.com/heldout/goalert/pkg/river"
)

// scheduleMessages reproduces engine/signalmgr/schedulemessages.go:14
// verbatim (River worker for "signal-manager-schedule-outgoing-messages",
// setup.go:41). The pending outgoing signal messages are preloaded per
// (service, channel) (SignalMgrGetScheduled, engine/signalmgr/queries.sql:37-52)
// and a new outgoing_messages row is inserted for each destination missing
// from that map, to keep "one message per destination, per service" queued.
// Two jobs run at once (the per-minute global job and a per-service job, or
// two per-service jobs; queue MaxWorkers 3, several instances) under the
// SHARED module lock; SignalMgrGetPending's FOR UPDATE SKIP LOCKED hands two
// different pending signals for the same destination to the two jobs, both
// see no scheduled message and both insert one. outgoing_messages has no
// unique key on (service_id, channel_id) (migrate/schema.sql:2169-2180: only
// the id primary key and the unique provider_msg_id).
func (db *DB) scheduleMessages(ctx context.Context, serviceID uuid.NullUUID) error {
	var didWork bool
	err := db.lock.WithTxShared(ctx, func(ctx context.Context, tx *sql.Tx) error {
		q := gadb.New(tx)

		messages, err := q.SignalMgrGetPending(ctx, serviceID)
		if err != nil {
			return fmt.Errorf("get pending signals: %w", err)
		}

		type dest struct {
			ServiceID uuid.UUID
			ChannelID uuid.UUID
		}

		// R4: preload of scheduled (pending) signal messages; a missing (service, channel) entry -> SignalMgrInsertMessage below.
		res, err := q.SignalMgrGetScheduled(ctx, serviceID) // race; no unique key: outgoing_messages has only outgoing_messages_pkey (id) and idx_outgoing_messages_provider_msg_id unique, nothing on (service_id, channel_id) (migrate/schema.sql:2169-2180)
		if err != nil {
			return fmt.Errorf("get scheduled signals: %w", err)
		}
		alreadyScheduled := make(map[dest]struct{}, len(res))
		for _, r := range res {
			alreadyScheduled[dest{ServiceID: r.ServiceID.UUID, ChannelID: r.ChannelID.UUID}] = struct{}{}
		}

		for _, m := range messages {
			if _, ok := alreadyScheduled[dest{ServiceID: m.ServiceID, ChannelID: m.DestID}]; ok {
				// Only allow one message per destination, per service, to be scheduled at a time.
				continue
			}
			didWork = true
			alreadyScheduled[dest{ServiceID: m.ServiceID, ChannelID: m.DestID}] = struct{}{}
			id := uuid.New()
			err = q.SignalMgrInsertMessage(ctx, gadb.SignalMgrInsertMessageParams{
				ID:        id,
				ServiceID: uuid.NullUUID{Valid: true, UUID: m.ServiceID},
				ChannelID: uuid.NullUUID{Valid: true, UUID: m.DestID},
			})
			if err != nil {
				return fmt.Errorf("insert message: %w", err)
			}

			err = q.SignalMgrUpdateSignal(ctx, gadb.SignalMgrUpdateSignalParams{
				ID:        m.ID,
				MessageID: uuid.NullUUID{Valid: true, UUID: id},
			})
			if err != nil {
				return fmt.Errorf("update signal: %w", err)
			}
		}

		return nil
	})
	if err != nil {
		return err
	}

	if serviceID.Valid {
		// only try once for per-service/on-demand updates
		return nil
	}

	if didWork {
		// for global update, we want to keep checking for work until nothing is left.
		return river.JobSnooze(time.Second)
	}

	return nil
}

type SchedMsgsArgs struct {
	ServiceID uuid.NullUUID
}

func (SchedMsgsArgs) Kind() string { return "signal-manager-schedule-outgoing-messages" }

// work reproduces the worker registration of engine/signalmgr/setup.go:41-43.
func (db *DB) work(ctx context.Context, j *river.Job[SchedMsgsArgs]) error {
	return db.scheduleMessages(ctx, j.Args.ServiceID)
}
