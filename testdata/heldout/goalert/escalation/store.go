// Package escalation reproduces the escalation policy step / action store
// of goalert (escalation/store.go, escalation/desttargets.go).
package escalation

import (
	"context"
	"database/sql"

	"example.com/heldout/goalert/notification/nfydest"
	"example.com/heldout/goalert/notificationchannel"
	"example.com/heldout/goalert/permission"
	"example.com/heldout/goalert/util"
	"example.com/heldout/goalert/validation/validate"
)

// Store reproduces escalation/store.go (trimmed).
type Store struct {
	db      *sql.DB
	reg     *nfydest.Registry
	ncStore *notificationchannel.Store

	findOneStepForUpdate *sql.Stmt
}

// Step reproduces escalation/step.go (trimmed).
type Step struct {
	ID           string
	PolicyID     string
	DelayMinutes int
	StepNumber   int
	MultiAck     bool
}

// NewStore reproduces escalation/store.go NewStore (statement text verbatim,
// :111).
func NewStore(ctx context.Context, db *sql.DB, reg *nfydest.Registry, ncStore *notificationchannel.Store) (*Store, error) {
	p := &util.Prepare{DB: db, Ctx: ctx}
	return &Store{
		db:      db,
		reg:     reg,
		ncStore: ncStore,

		findOneStepForUpdate: p.P(`SELECT id, escalation_policy_id, delay, step_number, multi_ack FROM escalation_policy_steps WHERE id = $1 FOR UPDATE`),
	}, p.Err
}

// FindOneStepForUpdateTx reproduces escalation/store.go:327: locks the step
// row (FOR UPDATE) for the rest of the caller's transaction.
func (s *Store) FindOneStepForUpdateTx(ctx context.Context, tx *sql.Tx, id string) (*Step, error) {
	err := permission.LimitCheckAny(ctx, permission.All)
	if err != nil {
		return nil, err
	}

	err = validate.UUID("EscalationPolicyStepID ", id)
	if err != nil {
		return nil, err
	}

	stmt := s.findOneStepForUpdate
	if tx != nil {
		stmt = tx.StmtContext(ctx, stmt)
	}

	row := stmt.QueryRowContext(ctx, id)
	var st Step
	err = row.Scan(&st.ID, &st.PolicyID, &st.DelayMinutes, &st.StepNumber, &st.MultiAck)
	if err != nil {
		return nil, err
	}

	return &st, nil
}
