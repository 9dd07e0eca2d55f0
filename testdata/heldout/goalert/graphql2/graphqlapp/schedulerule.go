package graphqlapp

import (
	"context"
	"database/sql"
	"errors"

	pkgerrors "github.com/pkg/errors"

	"example.com/heldout/goalert/assignment"
	"example.com/heldout/goalert/permission"
	"example.com/heldout/goalert/schedule/rule"
	"example.com/heldout/goalert/validation"
)

// ScheduleTargetInput reproduces graphql2.ScheduleTargetInput (trimmed).
type ScheduleTargetInput struct {
	ScheduleID *string
	Target     assignment.RawTarget
	Rules      []ScheduleRuleInput
}

// ScheduleRuleInput reproduces graphql2.ScheduleRuleInput (trimmed).
type ScheduleRuleInput struct {
	Start *string
	End   *string
}

// UpdateScheduleTarget reproduces graphql2/graphqlapp/schedulerule.go:32
// (rule deletion :81-90 trimmed). The schedule row is locked FOR UPDATE
// (:41), the target's rules are preloaded (:49), the first ones updated and
// the extra ones created (:73, fresh uuid).
func (m *Mutation) UpdateScheduleTarget(ctx context.Context, input ScheduleTargetInput) (bool, error) {
	var schedID string
	if input.ScheduleID != nil {
		schedID = *input.ScheduleID
	}
	if input.Target.Type == assignment.TargetTypeUser && input.Target.ID == "__current_user" {
		input.Target.ID = permission.UserID(ctx)
	}
	err := withContextTx(ctx, m.DB, func(ctx context.Context, tx *sql.Tx) error {
		_, err := m.ScheduleStore.FindOneForUpdate(ctx, tx, schedID) // lock schedule
		if errors.Is(err, sql.ErrNoRows) {
			return validation.NewFieldError("scheduleID", "schedule not found")
		}
		if err != nil {
			return pkgerrors.Wrap(err, "lock schedule")
		}

		// near-miss N22: preload of the target's rules; rules beyond the existing ones are created below.
		rules, err := m.RuleStore.FindByTargetTx(ctx, tx, schedID, input.Target) // safe: the schedules row is locked FOR UPDATE above in this transaction (every writer of this schedule's rules via this mutation serializes on it), and new rules get a fresh uuid
		if err != nil {
			return pkgerrors.Wrap(err, "fetch existing rules")
		}

		for ruleIndex, inputRule := range input.Rules {
			r := rule.NewAlwaysActive(schedID, input.Target)
			if inputRule.Start != nil {
				r.Start = *inputRule.Start
			}
			if inputRule.End != nil {
				r.End = *inputRule.End
			}
			if ruleIndex < len(rules) {
				r.ID = rules[ruleIndex].ID
				err = pkgerrors.Wrap(m.RuleStore.UpdateTx(ctx, tx, r), "update rule")
			} else {
				_, err = m.RuleStore.CreateRuleTx(ctx, tx, r)
				err = pkgerrors.Wrap(err, "create rule")
			}
			if err != nil {
				return err
			}
		}

		return nil
	})
	return err == nil, err
}
