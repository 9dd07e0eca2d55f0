// Package notificationchannel reproduces notificationchannel/store.go: the
// notification_channels rows (one per destination) that escalation policy
// actions, schedule on-call notification rules and universal-key actions
// point at.
package notificationchannel

import (
	"context"
	"database/sql"

	"github.com/google/uuid"

	"example.com/heldout/goalert/gadb"
	"example.com/heldout/goalert/notification/nfydest"
	"example.com/heldout/goalert/permission"
)

// Store reproduces notificationchannel/store.go:17.
type Store struct {
	db  *sql.DB
	reg *nfydest.Registry
}

// NewStore reproduces notificationchannel/store.go:22.
func NewStore(ctx context.Context, db *sql.DB, reg *nfydest.Registry) (*Store, error) {
	return &Store{
		db:  db,
		reg: reg,
	}, nil
}

// LookupDestID reproduces notificationchannel/store.go:76 (used only by
// DeleteStepActionTx, to delete).
func (s *Store) LookupDestID(ctx context.Context, tx *sql.Tx, d gadb.DestV1) (uuid.UUID, error) {
	err := permission.LimitCheckAny(ctx, permission.User)
	if err != nil {
		return uuid.UUID{}, err
	}

	return gadb.New(tx).NotifChanFindDestID(ctx, gadb.NullDestV1{Valid: true, DestV1: d})
}

// MapDestToID reproduces notificationchannel/store.go:85: get-or-create of
// the channel for a destination as one atomic upsert
// (NotifChanUpsertDest, notificationchannel/queries.sql:24-32: INSERT ...
// ON CONFLICT (dest) DO UPDATE SET name = $3 RETURNING id) on
// notification_channels_dest_key UNIQUE (dest) (migrate/schema.sql:2088,2093).
// Callers: escalation.Store.AddStepActionTx (escalation/desttargets.go:53),
// SetScheduleOnCallNotificationRules (graphql2/graphqlapp/mutation.go:117),
// SendSignal (:58), integrationkey.Store.setActionChannels (config.go:183).
func (s *Store) MapDestToID(ctx context.Context, tx gadb.DBTX, d gadb.DestV1) (uuid.UUID, error) {
	err := permission.LimitCheckAny(ctx, permission.User)
	if err != nil {
		return uuid.UUID{}, err
	}
	err = s.reg.ValidateDest(ctx, d)
	if err != nil {
		return uuid.UUID{}, err
	}
	info, err := s.reg.DisplayInfo(ctx, d)
	if err != nil {
		return uuid.UUID{}, err
	}

	// near-miss N6: get-or-create of the channel id by dest, as one upsert statement.
	return gadb.New(tx).NotifChanUpsertDest(ctx, gadb.NotifChanUpsertDestParams{ // safe: INSERT ... ON CONFLICT (dest) DO UPDATE ... RETURNING id on notification_channels_dest_key UNIQUE (dest); the id of an existing row is returned
		ID:   uuid.New(),
		Dest: gadb.NullDestV1{Valid: true, DestV1: d},
		Name: info.Text,
	})
}
