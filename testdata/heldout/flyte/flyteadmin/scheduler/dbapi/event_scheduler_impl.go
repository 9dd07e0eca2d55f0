// Package dbapi reproduces flyteadmin/scheduler/dbapi/event_scheduler_impl.go
// (the native scheduler's EventScheduler, called by LaunchPlanManager when a
// launch plan with a schedule is activated).
package dbapi

import (
	"context"
	"fmt"

	"example.com/heldout/flyte/flyteadmin/pkg/async/schedule/interfaces"
	scheduleInterfaces "example.com/heldout/flyte/flyteadmin/pkg/async/schedule/interfaces"
	repositoryInterfaces "example.com/heldout/flyte/flyteadmin/pkg/repositories/interfaces"
	"example.com/heldout/flyte/flyteadmin/scheduler/repositories/models"
	"example.com/heldout/flyte/flyteidl/gen/pb-go/flyteidl/admin"
	"example.com/heldout/flyte/flyteidl/gen/pb-go/flyteidl/core"
)

// eventScheduler used for saving the scheduler entries after launch plans are enabled or disabled.
type eventScheduler struct {
	db repositoryInterfaces.Repository
}

func (s *eventScheduler) CreateScheduleInput(ctx context.Context,
	identifier *core.Identifier, schedule *admin.Schedule) (interfaces.AddScheduleInput, error) {

	addScheduleInput := scheduleInterfaces.AddScheduleInput{
		Identifier:         identifier,
		ScheduleExpression: schedule,
	}
	return addScheduleInput, nil
}

// AddSchedule reproduces event_scheduler_impl.go:32 (-> SchedulableEntityRepo.Activate :60).
func (s *eventScheduler) AddSchedule(ctx context.Context, input interfaces.AddScheduleInput) error {
	var cronString string
	var fixedRateValue uint32
	var fixedRateUnit admin.FixedRateUnit
	switch v := input.ScheduleExpression.GetScheduleExpression().(type) {
	case *admin.Schedule_Rate:
		fixedRateValue = v.Rate.GetValue()
		fixedRateUnit = v.Rate.GetUnit()
	case *admin.Schedule_CronSchedule:
		cronString = v.CronSchedule.GetSchedule()
	default:
		return fmt.Errorf("failed adding schedule for unknown schedule expression type %v", v)
	}
	active := true
	modelInput := models.SchedulableEntity{
		CronExpression:      cronString,
		FixedRateValue:      fixedRateValue,
		Unit:                fixedRateUnit,
		KickoffTimeInputArg: input.ScheduleExpression.GetKickoffTimeInputArg(),
		Active:              &active,
		SchedulableEntityKey: models.SchedulableEntityKey{
			Project: input.Identifier.GetProject(),
			Domain:  input.Identifier.GetDomain(),
			Name:    input.Identifier.GetName(),
			Version: input.Identifier.GetVersion(),
		},
	}
	err := s.db.SchedulableEntityRepo().Activate(ctx, modelInput)
	if err != nil {
		return err
	}
	return nil
}

func (s *eventScheduler) RemoveSchedule(ctx context.Context, input interfaces.RemoveScheduleInput) error {
	err := s.db.SchedulableEntityRepo().Deactivate(ctx, models.SchedulableEntityKey{
		Project: input.Identifier.GetProject(),
		Domain:  input.Identifier.GetDomain(),
		Name:    input.Identifier.GetName(),
		Version: input.Identifier.GetVersion(),
	})

	if err != nil {
		return err
	}
	return nil
}

func New(db repositoryInterfaces.Repository) interfaces.EventScheduler {
	return &eventScheduler{db: db}
}
