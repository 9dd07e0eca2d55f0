// Package label reproduces label/store.go.
package label

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/google/uuid"

	"example.com/heldout/goalert/assignment"
	"example.com/heldout/goalert/gadb"
	"example.com/heldout/goalert/permission"
)

// Label reproduces label/label.go (trimmed).
type Label struct {
	Target assignment.Target
	Key    string
	Value  string
}

// Normalize is trimmed from label/label.go.
func (l Label) Normalize() (*Label, error) { return &l, nil }

// Store reproduces label/store.go:17.
type Store struct {
	db *sql.DB
}

// NewStore reproduces label/store.go:22.
func NewStore(ctx context.Context, db *sql.DB) (*Store, error) { return &Store{db: db}, nil }

func (l *Label) tgtEP() uuid.NullUUID {
	if l.Target.TargetType() != assignment.TargetTypeEscalationPolicy {
		return uuid.NullUUID{}
	}

	return uuid.NullUUID{UUID: uuid.MustParse(l.Target.TargetID()), Valid: true}
}

func (l *Label) tgtSvc() uuid.NullUUID {
	if l.Target.TargetType() != assignment.TargetTypeService {
		return uuid.NullUUID{}
	}

	return uuid.NullUUID{UUID: uuid.MustParse(l.Target.TargetID()), Valid: true}
}

func (l *Label) tgtSched() uuid.NullUUID {
	if l.Target.TargetType() != assignment.TargetTypeSchedule {
		return uuid.NullUUID{}
	}

	return uuid.NullUUID{UUID: uuid.MustParse(l.Target.TargetID()), Valid: true}
}

func (l *Label) tgtRot() uuid.NullUUID {
	if l.Target.TargetType() != assignment.TargetTypeRotation {
		return uuid.NullUUID{}
	}

	return uuid.NullUUID{UUID: uuid.MustParse(l.Target.TargetID()), Valid: true}
}

// SetTx reproduces label/store.go:58 verbatim: LabelSetByTarget is
// INSERT ... ON CONFLICT (key, tgt_service_id, tgt_schedule_id,
// tgt_rotation_id, tgt_ep_id) DO UPDATE (label/queries.sql:27-32), arbitrated
// by idx_labels_resource_id (migrate/schema.sql:2048; migration
// 20260624104709-schedule-rotation-ep-labels.sql:12). Note: three of the four
// tgt_* columns are always NULL and the index is not NULLS NOT DISTINCT, so
// PostgreSQL never reports a conflict and a second set of the same key
// inserts another row, with or without concurrency (see CATALOGUE.md).
func (s *Store) SetTx(ctx context.Context, db gadb.DBTX, label *Label) error {
	err := permission.LimitCheckAny(ctx, permission.System, permission.User)
	if err != nil {
		return err
	}

	n, err := label.Normalize()
	if err != nil {
		return err
	}

	if n.Value == "" { // delete if value is empty
		return nil // LabelDeleteKeyByTarget trimmed
	}

	err = gadb.New(db).LabelSetByTarget(ctx, gadb.LabelSetByTargetParams{
		Key:        label.Key,
		Value:      label.Value,
		ServiceID:  label.tgtSvc(),
		ScheduleID: label.tgtSched(),
		RotationID: label.tgtRot(),
		EpID:       label.tgtEP(),
	})
	if err != nil {
		return fmt.Errorf("set label: %w", err)
	}

	return nil
}

// UniqueKeysTx reproduces label/store.go:130.
func (s *Store) UniqueKeysTx(ctx context.Context, db gadb.DBTX) ([]string, error) {
	err := permission.LimitCheckAny(ctx, permission.System, permission.User)
	if err != nil {
		return nil, err
	}

	return gadb.New(db).LabelUniqueKeys(ctx)
}
