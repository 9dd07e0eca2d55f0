package escalation

import (
	"context"
	"database/sql"

	"github.com/google/uuid"
	"github.com/pkg/errors"

	"example.com/heldout/goalert/gadb"
	"example.com/heldout/goalert/permission"
	"example.com/heldout/goalert/schedule"
	"example.com/heldout/goalert/schedule/rotation"
	"example.com/heldout/goalert/user"
	"example.com/heldout/goalert/validation"
	"example.com/heldout/goalert/validation/validate"
)

// AddStepActionTx reproduces escalation/desttargets.go:18 verbatim: a plain
// INSERT into escalation_policy_actions (EPStepActionsAddAction,
// escalation/queries.sql:13-15). Unique keys epa_no_duplicate_users /
// _schedules / _rotations / _channels (escalation_policy_step_id, x_id)
// (migrate/schema.sql:1844-1847).
func (s *Store) AddStepActionTx(ctx context.Context, tx *sql.Tx, stepID uuid.UUID, dest gadb.DestV1) error {
	err := permission.LimitCheckAny(ctx, permission.User)
	if err != nil {
		return err
	}

	typeInfo, err := s.reg.TypeInfo(ctx, dest.Type)
	if err != nil {
		return err
	}
	if !typeInfo.IsEPTarget() {
		return validation.NewGenericError("not a valid escalation policy destination")
	}

	var userID, scheduleID, rotationID, channelID uuid.NullUUID
	switch dest.Type {
	case user.DestTypeUser:
		id, err := validate.ParseUUID("ID", dest.Arg(user.FieldUserID))
		if err != nil {
			return err
		}
		userID = uuid.NullUUID{UUID: id, Valid: true}
	case schedule.DestTypeSchedule:
		id, err := validate.ParseUUID("ID", dest.Arg(schedule.FieldScheduleID))
		if err != nil {
			return err
		}
		scheduleID = uuid.NullUUID{UUID: id, Valid: true}
	case rotation.DestTypeRotation:
		id, err := validate.ParseUUID("ID", dest.Arg(rotation.FieldRotationID))
		if err != nil {
			return err
		}
		rotationID = uuid.NullUUID{UUID: id, Valid: true}
	default:
		id, err := s.ncStore.MapDestToID(ctx, tx, dest)
		if err != nil {
			return err
		}
		channelID = uuid.NullUUID{UUID: id, Valid: true}
	}

	return gadb.New(tx).EPStepActionsAddAction(ctx, gadb.EPStepActionsAddActionParams{
		EscalationPolicyStepID: stepID,
		UserID:                 userID,
		ScheduleID:             scheduleID,
		RotationID:             rotationID,
		ChannelID:              channelID,
	})
}

// DeleteStepActionTx reproduces escalation/desttargets.go:69.
func (s *Store) DeleteStepActionTx(ctx context.Context, tx *sql.Tx, stepID uuid.UUID, dest gadb.DestV1) error {
	err := permission.LimitCheckAny(ctx, permission.User)
	if err != nil {
		return err
	}

	var userID, scheduleID, rotationID, channelID uuid.NullUUID
	switch dest.Type {
	case user.DestTypeUser:
		id, err := validate.ParseUUID("ID", dest.Arg(user.FieldUserID))
		if err != nil {
			return err
		}
		userID = uuid.NullUUID{UUID: id, Valid: true}
	case schedule.DestTypeSchedule:
		id, err := validate.ParseUUID("ID", dest.Arg(schedule.FieldScheduleID))
		if err != nil {
			return err
		}
		scheduleID = uuid.NullUUID{UUID: id, Valid: true}
	case rotation.DestTypeRotation:
		id, err := validate.ParseUUID("ID", dest.Arg(rotation.FieldRotationID))
		if err != nil {
			return err
		}
		rotationID = uuid.NullUUID{UUID: id, Valid: true}
	default:
		id, err := s.ncStore.LookupDestID(ctx, tx, dest)
		if err != nil {
			return err
		}
		channelID = uuid.NullUUID{UUID: id, Valid: true}
	}

	return gadb.New(tx).EPStepActionsDeleteAction(ctx, gadb.EPStepActionsDeleteActionParams{
		EscalationPolicyStepID: stepID,
		UserID:                 userID,
		ScheduleID:             scheduleID,
		RotationID:             rotationID,
		ChannelID:              channelID,
	})
}

// FindAllStepActionsTx reproduces escalation/desttargets.go:112: the
// preload of a step's actions used by UpdateEscalationPolicyStep.
func (s *Store) FindAllStepActionsTx(ctx context.Context, tx gadb.DBTX, stepID uuid.UUID) ([]gadb.DestV1, error) {
	err := permission.LimitCheckAny(ctx, permission.User)
	if err != nil {
		return nil, err
	}

	if tx == nil {
		tx = s.db
	}

	actions, err := gadb.New(tx).EPStepActionsByStepId(ctx, stepID)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}

	result := make([]gadb.DestV1, 0, len(actions))
	for _, a := range actions {
		switch {
		case a.UserID.Valid:
			result = append(result, gadb.NewDestV1(user.DestTypeUser, user.FieldUserID, a.UserID.UUID.String()))
		case a.ScheduleID.Valid:
			result = append(result, gadb.NewDestV1(schedule.DestTypeSchedule, schedule.FieldScheduleID, a.ScheduleID.UUID.String()))
		case a.RotationID.Valid:
			result = append(result, gadb.NewDestV1(rotation.DestTypeRotation, rotation.FieldRotationID, a.RotationID.UUID.String()))
		case a.Dest.Valid:
			result = append(result, a.Dest.DestV1)
		}
	}

	return result, nil
}
