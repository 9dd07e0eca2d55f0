package alertlog

import (
	"context"
	"database/sql"
	"encoding/json"

	"github.com/pkg/errors"

	"example.com/heldout/goalert/gadb"
	"example.com/heldout/goalert/permission"
	"example.com/heldout/goalert/pkg/pqtype"
	"example.com/heldout/goalert/util/log"
)

// Type reproduces alert/alertlog/type.go.
type Type gadb.EnumAlertLogEvent

// Types used by the reproduction (alert/alertlog/type.go).
const (
	TypeCreated            Type = "created"
	TypeClosed             Type = "closed"
	TypeAcknowledged       Type = "acknowledged"
	TypeDuplicateSupressed Type = "duplicate_suppressed"
)

// Store reproduces alert/alertlog/store.go:23 (trimmed).
type Store struct {
	db *sql.DB
}

// NewStore reproduces alert/alertlog/store.go:35 (trimmed).
func NewStore(ctx context.Context, db *sql.DB) (*Store, error) {
	return &Store{db: db}, nil
}

// MustLogTx reproduces alert/alertlog/store.go:128. Its only caller with
// TypeDuplicateSupressed is alert.Store.CreateOrUpdateTx (alert/store.go:560,
// :592), inside the transaction that already holds the service row lock
// (Alert_LockService ... FOR UPDATE, alert/store.go:545); every alert of
// that service goes through the same lock, so the "recent duplicate" check
// and the log insert cannot interleave with another one for the same alert.
// alert_logs has no unique key besides its id (migrate/schema.sql:1594-1617).
func (s *Store) MustLogTx(ctx context.Context, tx *sql.Tx, alertID int, _type Type, meta interface{}) {
	// suppress duplicate duplicate-suppression logs since they aren't actionable and just add noise
	if _type == TypeDuplicateSupressed {
		// near-miss N3: exists check, then insert of the log row; serialized by the caller's service row lock.
		hasRecent, err := gadb.New(tx).AlertLog_HasRecentDuplicate(ctx, int64(alertID)) // safe: called only from CreateOrUpdateTx, whose transaction holds the services row lock (Alert_LockService FOR UPDATE, alert/store.go:545) for the alert's service; also only a 5-second log de-noise, not a uniqueness rule
		if err != nil {
			log.Log(ctx, errors.Wrap(err, "check for recent duplicate alert log"))
			return
		}

		if hasRecent {
			// skip it if there's been one in the last 5 seconds
			return
		}
	}

	err := s.LogTx(ctx, tx, alertID, _type, meta)
	if err != nil {
		log.Log(ctx, errors.Wrap(err, "append alert log"))
	}
}

// LogManyTx reproduces alert/alertlog/store.go:218 (subject resolution trimmed).
func (s *Store) LogManyTx(ctx context.Context, tx *sql.Tx, alertIDs []int, _type Type, meta interface{}) error {
	err := permission.LimitCheckAny(ctx, permission.All)
	if err != nil {
		return err
	}

	var metaData []byte
	if meta != nil {
		metaData, err = json.Marshal(meta)
		if err != nil {
			return err
		}
	}

	var ids []int64
	for _, id := range alertIDs {
		ids = append(ids, int64(id))
	}

	params := gadb.AlertLog_InsertManyParams{
		Column1: ids,
		Event:   gadb.EnumAlertLogEvent(_type),
		Meta:    pqtype.NullRawMessage{Valid: metaData != nil, RawMessage: json.RawMessage(metaData)},
	}

	return s.queries(tx).AlertLog_InsertMany(ctx, params)
}

func (s *Store) queries(tx *sql.Tx) *gadb.Queries {
	if tx != nil {
		return gadb.New(tx)
	}
	return gadb.New(s.db)
}

// LogTx reproduces alert/alertlog/store.go:257.
func (s *Store) LogTx(ctx context.Context, tx *sql.Tx, alertID int, _type Type, meta interface{}) error {
	return s.LogManyTx(ctx, tx, []int{alertID}, _type, meta)
}
