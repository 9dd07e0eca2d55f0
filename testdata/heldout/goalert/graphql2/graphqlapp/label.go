package graphqlapp

import (
	"context"
	"database/sql"

	"example.com/heldout/goalert/assignment"
	"example.com/heldout/goalert/config"
	"example.com/heldout/goalert/label"
	"example.com/heldout/goalert/validation"
)

// SetLabelInput reproduces graphql2.SetLabelInput.
type SetLabelInput struct {
	Target *assignment.RawTarget
	Key    string
	Value  string
}

// SetLabel reproduces graphql2/graphqlapp/label.go:134 verbatim. With
// General.DisableLabelCreation the existing label keys are listed first and
// the write is only allowed when the key is FOUND.
func (m *Mutation) SetLabel(ctx context.Context, input SetLabelInput) (bool, error) {
	err := withContextTx(ctx, m.DB, func(ctx context.Context, tx *sql.Tx) error {
		cfg := config.FromContext(ctx)
		if cfg.General.DisableLabelCreation {
			// near-miss N16: lookup of existing keys gates the write on FOUND (a permission check), and the write is an upsert.
			allLabels, err := m.LabelStore.UniqueKeysTx(ctx, tx) // safe: the lookup only allows the write when the key already exists (not-found is an error), so it is not a get-or-create; the write itself is LabelSetByTarget's INSERT ... ON CONFLICT DO UPDATE
			if err != nil {
				return err
			}
			var keyExists bool
			for _, l := range allLabels {
				if input.Key == l {
					keyExists = true
					break
				}
			}
			if !keyExists {
				return validation.NewFieldError("Key", "Creating new labels is currently disabled.")
			}
		}

		return m.LabelStore.SetTx(ctx, tx, &label.Label{
			Key:    input.Key,
			Value:  input.Value,
			Target: input.Target,
		})
	})
	if err != nil {
		return false, err
	}

	return true, nil
}
