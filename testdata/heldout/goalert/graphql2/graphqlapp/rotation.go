package graphqlapp

import (
	"context"
	"database/sql"
	"errors"

	"example.com/heldout/goalert/validation"
)

// UpdateRotationInput reproduces graphql2.UpdateRotationInput (trimmed).
type UpdateRotationInput struct {
	ID      string
	UserIDs []string
}

// updateRotationParticipants reproduces graphql2/graphqlapp/rotation.go:251
// (participant update / removal branches trimmed).
func (m *Mutation) updateRotationParticipants(ctx context.Context, tx *sql.Tx, rotationID string, userIDs []string, updateActive bool) (err error) {
	// Get current participants
	// near-miss N23: preload of the participants; users beyond the current count are added below.
	currentParticipants, err := m.RotationStore.FindAllParticipantsTx(ctx, tx, rotationID) // safe: the caller (UpdateRotation) already holds `lock rotation_participants, rotation_state in exclusive mode` and the rotation row FOR UPDATE (FindRotationForUpdateTx); participants get fresh uuids
	if err != nil {
		return err
	}

	if len(userIDs) > len(currentParticipants) {
		// Add users
		err = m.RotationStore.AddRotationUsersTx(ctx, tx, rotationID, userIDs[len(currentParticipants):])
		if err != nil {
			return err
		}
	}

	return nil
}

// UpdateRotation reproduces graphql2/graphqlapp/rotation.go:323 (field
// updates trimmed).
func (m *Mutation) UpdateRotation(ctx context.Context, input UpdateRotationInput) (res bool, err error) {
	err = withContextTx(ctx, m.DB, func(ctx context.Context, tx *sql.Tx) error {
		_, err := m.RotationStore.FindRotationForUpdateTx(ctx, tx, input.ID)
		if errors.Is(err, sql.ErrNoRows) {
			return validation.NewFieldError("id", "Rotation not found")
		}
		if err != nil {
			return err
		}

		if input.UserIDs != nil {
			err = m.updateRotationParticipants(ctx, tx, input.ID, input.UserIDs, true)
			if err != nil {
				return err
			}
		}

		return nil
	})
	if err != nil {
		return false, err
	}
	return true, nil
}
