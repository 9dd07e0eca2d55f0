package graphqlapp

import (
	"context"
	"database/sql"
	"reflect"
	"slices"

	"example.com/heldout/goalert/gadb"
)

// UpdateEscalationPolicyStepInput reproduces graphql2.UpdateEscalationPolicyStepInput (trimmed).
type UpdateEscalationPolicyStepInput struct {
	ID      string
	Actions []gadb.DestV1
}

// UpdateEscalationPolicyStep reproduces
// graphql2/graphqlapp/escalationpolicy.go:285 (delay / multi-ack updates
// trimmed). The step row is locked FOR UPDATE first (:287), then the current
// actions are preloaded (:315) and the missing ones added (:345).
func (m *Mutation) UpdateEscalationPolicyStep(ctx context.Context, input UpdateEscalationPolicyStepInput) (bool, error) {
	err := withContextTx(ctx, m.DB, func(ctx context.Context, tx *sql.Tx) error {
		step, err := m.PolicyStore.FindOneStepForUpdateTx(ctx, tx, input.ID) // get delay
		if err != nil {
			return err
		}

		// update targets if provided
		if input.Actions != nil {
			// get current actions
			// near-miss N7: preload of the step's actions; the missing ones are added below (AddStepActionTx), after the step row lock above.
			existing, err := m.PolicyStore.FindAllStepActionsTx(ctx, tx, parseStepID(step.ID)) // safe: the escalation_policy_steps row is locked FOR UPDATE earlier in this transaction (FindOneStepForUpdateTx), serializing edits of the step; epa_no_duplicate_* UNIQUE (escalation_policy_step_id, x_id) back it
			if err != nil {
				return err
			}

			// We need to delete first, in case we're at the current system limit, that way the total number never exceeds the limit (unless the user is trying to add more than the limit).
			for _, action := range existing {
				stillWanted := slices.ContainsFunc(input.Actions, func(a gadb.DestV1) bool {
					return reflect.DeepEqual(a, action)
				})
				if stillWanted {
					// leave it alone
					continue
				}

				err = m.PolicyStore.DeleteStepActionTx(ctx, tx, parseStepID(step.ID), action)
				if err != nil {
					return err
				}
			}

			for _, action := range input.Actions {
				alreadyExists := slices.ContainsFunc(existing, func(e gadb.DestV1) bool {
					return reflect.DeepEqual(e, action)
				})
				if alreadyExists {
					// already exists, skip
					continue
				}

				err = m.PolicyStore.AddStepActionTx(ctx, tx, parseStepID(step.ID), action)
				if err != nil {
					return err
				}
			}

		}

		return err
	})

	return true, err
}
