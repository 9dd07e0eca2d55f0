// Package favorite reproduces user/favorite/store.go.
package favorite

import (
	"context"
	"fmt"

	"github.com/google/uuid"

	"example.com/heldout/goalert/assignment"
	"example.com/heldout/goalert/gadb"
	"example.com/heldout/goalert/permission"
	"example.com/heldout/goalert/validation/validate"
)

// Store reproduces user/favorite/store.go:18.
type Store struct{}

// NewStore reproduces user/favorite/store.go:21.
func NewStore(ctx context.Context) (*Store, error) { return &Store{}, nil }

// Set reproduces user/favorite/store.go:25 verbatim (GraphQL setFavorite,
// graphql2/graphqlapp/mutation.go:83, and the create mutations with
// favorite: true). "It is safe to call multiple times."
func (s *Store) Set(ctx context.Context, tx gadb.DBTX, userID string, tgt assignment.Target) error {
	err := permission.LimitCheckAny(ctx, permission.System, permission.MatchUser(userID))
	if err != nil {
		return err
	}
	err = validate.Many(
		validate.UUID("TargetID", tgt.TargetID()),
		validate.UUID("UserID", userID),
		validate.OneOf("TargetType", tgt.TargetType(), assignment.TargetTypeService,
			assignment.TargetTypeSchedule, assignment.TargetTypeRotation, assignment.TargetTypeEscalationPolicy, assignment.TargetTypeUser),
	)
	if err != nil {
		return err
	}

	args := gadb.UserFavSetParams{UserID: uuid.MustParse(userID)}
	switch tgt.TargetType() {
	case assignment.TargetTypeService:
		args.TgtServiceID = uuid.NullUUID{Valid: true, UUID: uuid.MustParse(tgt.TargetID())}
	case assignment.TargetTypeSchedule:
		args.TgtScheduleID = uuid.NullUUID{Valid: true, UUID: uuid.MustParse(tgt.TargetID())}
	case assignment.TargetTypeRotation:
		args.TgtRotationID = uuid.NullUUID{Valid: true, UUID: uuid.MustParse(tgt.TargetID())}
	case assignment.TargetTypeEscalationPolicy:
		args.TgtEscalationPolicyID = uuid.NullUUID{Valid: true, UUID: uuid.MustParse(tgt.TargetID())}
	case assignment.TargetTypeUser:
		args.TgtUserID = uuid.NullUUID{Valid: true, UUID: uuid.MustParse(tgt.TargetID())}
	}

	// near-miss N15: no lookup; idempotent insert.
	err = gadb.New(tx).UserFavSet(ctx, args) // safe: INSERT ... ON CONFLICT DO NOTHING (user/favorite/queries.sql:1-5) on user_favorites_user_id_tgt_*_key UNIQUE (user_id, tgt_x_id) (migrate/schema.sql:2647-2651); user_id and the one set target are non-null, so the constraints fire
	if err != nil {
		return fmt.Errorf("set favorite: %w", err)
	}

	return nil
}
