package graphqlapp

import (
	"context"
	"database/sql"
	"time"

	"github.com/google/uuid"

	"example.com/heldout/goalert/assignment"
	"example.com/heldout/goalert/gadb"
	"example.com/heldout/goalert/permission"
	"example.com/heldout/goalert/schedule"
	"example.com/heldout/goalert/validation"
)

// SetFavoriteInput reproduces graphql2.SetFavoriteInput.
type SetFavoriteInput struct {
	Target   *assignment.RawTarget
	Favorite bool
}

// SetFavorite reproduces graphql2/graphqlapp/mutation.go:80 (unset trimmed).
func (a *Mutation) SetFavorite(ctx context.Context, input SetFavoriteInput) (bool, error) {
	var err error
	if input.Favorite {
		err = a.FavoriteStore.Set(ctx, a.DB, permission.UserID(ctx), input.Target)
	}

	if err != nil {
		return false, err
	}
	return true, nil
}

// LinkAccount reproduces graphql2/graphqlapp/mutation.go:94.
func (a *Mutation) LinkAccount(ctx context.Context, token string) (bool, error) {
	err := a.AuthLinkStore.LinkAccount(ctx, token)
	return err == nil, err
}

// OnCallNotificationRuleInput reproduces graphql2.OnCallNotificationRuleInput (trimmed).
type OnCallNotificationRuleInput struct {
	schedule.OnCallNotificationRule
	Dest gadb.DestV1
}

// SetScheduleOnCallNotificationRulesInput reproduces the graphql2 input (trimmed).
type SetScheduleOnCallNotificationRulesInput struct {
	ScheduleID string
	Rules      []OnCallNotificationRuleInput
}

// SetScheduleOnCallNotificationRules reproduces
// graphql2/graphqlapp/mutation.go:99 -> Store.SetOnCallNotificationRules ->
// updateScheduleData (R2).
func (a *Mutation) SetScheduleOnCallNotificationRules(ctx context.Context, input SetScheduleOnCallNotificationRulesInput) (bool, error) {
	schedID, err := uuid.Parse(input.ScheduleID)
	if err != nil {
		return false, validation.NewFieldError("ScheduleID", "invalid")
	}

	err = withContextTx(ctx, a.DB, func(ctx context.Context, tx *sql.Tx) error {
		rules := make([]schedule.OnCallNotificationRule, 0, len(input.Rules))
		for _, r := range input.Rules {
			info, err := a.DestReg.TypeInfo(ctx, r.Dest.Type)
			if err != nil {
				return err
			}
			if !info.IsSchedOnCallNotify() {
				return validation.NewFieldError("Rules[%d].Dest.Type", "unsupported destination type")
			}

			// MapDestToID handles the appropriate validation checks, outside of the IsSchedOnCallNotify check done above.
			chID, err := a.NCStore.MapDestToID(ctx, tx, r.Dest)
			if err != nil {
				return err
			}

			r.ChannelID = chID
			rules = append(rules, r.OnCallNotificationRule)
		}

		return a.ScheduleStore.SetOnCallNotificationRules(ctx, tx, schedID, rules)
	})

	return err == nil, err
}

// SetTemporaryScheduleInput reproduces graphql2.SetTemporaryScheduleInput (trimmed).
type SetTemporaryScheduleInput struct {
	ScheduleID string
	Start, End time.Time
	Shifts     []schedule.FixedShift
}

// SetTemporarySchedule reproduces graphql2/graphqlapp/mutation.go:132
// (clear range trimmed) -> Store.SetTemporarySchedule -> updateScheduleData
// (R2).
func (a *Mutation) SetTemporarySchedule(ctx context.Context, input SetTemporaryScheduleInput) (bool, error) {
	schedID, err := uuid.Parse(input.ScheduleID)
	if err != nil {
		return false, validation.NewFieldError("ScheduleID", "invalid")
	}

	tmp := schedule.TemporarySchedule{
		Start:  input.Start,
		End:    input.End,
		Shifts: input.Shifts,
	}

	err = withContextTx(ctx, a.DB, func(ctx context.Context, tx *sql.Tx) error {
		return a.ScheduleStore.SetTemporarySchedule(ctx, tx, schedID, tmp)
	})

	return err == nil, err
}
