package impl

import (
	"bytes"
	"context"
	"encoding/json"

	scheduleInterfaces "example.com/heldout/flyte/flyteadmin/pkg/async/schedule/interfaces"
	"example.com/heldout/flyte/flyteadmin/pkg/common"
	"example.com/heldout/flyte/flyteadmin/pkg/errors"
	"example.com/heldout/flyte/flyteadmin/pkg/manager/impl/util"
	repoInterfaces "example.com/heldout/flyte/flyteadmin/pkg/repositories/interfaces"
	"example.com/heldout/flyte/flyteadmin/pkg/repositories/models"
	"example.com/heldout/flyte/flyteadmin/pkg/repositories/transformers"
	"example.com/heldout/flyte/flyteidl/gen/pb-go/flyteidl/admin"
	"example.com/heldout/flyte/flyteidl/gen/pb-go/flyteidl/core"
	"example.com/heldout/flyte/pkg/grpc/codes"
)

type LaunchPlanManager struct {
	db        repoInterfaces.Repository
	scheduler scheduleInterfaces.EventScheduler
}

// CreateLaunchPlan reproduces launch_plan_manager.go:53 (lookup :88, insert :110).
func (m *LaunchPlanManager) CreateLaunchPlan(
	ctx context.Context,
	request *admin.LaunchPlanCreateRequest) (*admin.LaunchPlanCreateResponse, error) {
	workflowModel, err := util.GetWorkflowModel(ctx, m.db, request.GetSpec().GetWorkflowId())
	if err != nil {
		return nil, err
	}
	launchPlan := transformers.CreateLaunchPlan(request, nil)
	launchPlanDigest, err := util.GetLaunchPlanDigest(ctx, launchPlan)
	if err != nil {
		return nil, err
	}

	// Duplicate pre-check of a create-only API: the found path is an error (AlreadyExists when
	// identical, InvalidArgument when different); a concurrent duplicate fails on the launch_plans
	// PRIMARY KEY (project, domain, name, version), mapped to AlreadyExists.
	existingLaunchPlanModel, err := util.GetLaunchPlanModel(ctx, m.db, request.GetId()) // safe: duplicate pre-check whose found path is an error; the loser of a concurrent create fails on the launch_plans PK with AlreadyExists, as a sequential duplicate fails
	if err == nil {
		if bytes.Equal(existingLaunchPlanModel.Digest, launchPlanDigest) {
			return nil, errors.NewLaunchPlanExistsIdenticalStructureError()
		}
		// A launch plan exists with different structure
		return nil, errors.NewLaunchPlanExistsDifferentStructureError(ctx, request)
	}

	launchPlanModel, err :=
		transformers.CreateLaunchPlanModel(launchPlan, workflowModel.ID, launchPlanDigest, admin.LaunchPlanState_INACTIVE)
	if err != nil {
		return nil, err
	}
	err = m.db.LaunchPlanRepo().Create(ctx, launchPlanModel)
	if err != nil {
		return nil, err
	}

	return &admin.LaunchPlanCreateResponse{}, nil
}

func (m *LaunchPlanManager) updateLaunchPlanModelState(launchPlan *models.LaunchPlan, state admin.LaunchPlanState) error {
	stateInt := int32(state)
	launchPlan.State = &stateInt
	return nil
}

func isScheduleEmpty(launchPlanSpec *admin.LaunchPlanSpec) bool {
	return launchPlanSpec.GetEntityMetadata().GetSchedule() == nil
}

// launch_plan_manager.go:158
func (m *LaunchPlanManager) enableSchedule(ctx context.Context, launchPlanIdentifier *core.Identifier,
	launchPlanSpec *admin.LaunchPlanSpec) error {

	addScheduleInput, err := m.scheduler.CreateScheduleInput(ctx,
		launchPlanIdentifier, launchPlanSpec.GetEntityMetadata().GetSchedule())
	if err != nil {
		return err
	}

	return m.scheduler.AddSchedule(ctx, addScheduleInput)
}

// launch_plan_manager.go:171
func (m *LaunchPlanManager) disableSchedule(
	ctx context.Context, launchPlanIdentifier *core.Identifier) error {
	return m.scheduler.RemoveSchedule(ctx, scheduleInterfaces.RemoveScheduleInput{
		Identifier: launchPlanIdentifier,
	})
}

// launch_plan_manager.go:179
func (m *LaunchPlanManager) updateSchedules(
	ctx context.Context, newlyActiveLaunchPlan models.LaunchPlan, formerlyActiveLaunchPlan *models.LaunchPlan) error {
	newlyActiveLaunchPlanSpec := &admin.LaunchPlanSpec{}
	err := json.Unmarshal(newlyActiveLaunchPlan.Spec, newlyActiveLaunchPlanSpec)
	if err != nil {
		return errors.NewFlyteAdminErrorf(codes.Internal, "failed to unmarshal newly enabled launch plan spec")
	}
	launchPlanIdentifier := &core.Identifier{
		Project: newlyActiveLaunchPlan.Project,
		Domain:  newlyActiveLaunchPlan.Domain,
		Name:    newlyActiveLaunchPlan.Name,
		Version: newlyActiveLaunchPlan.Version,
	}
	formerlyActiveLaunchPlanSpec := &admin.LaunchPlanSpec{}
	if formerlyActiveLaunchPlan != nil {
		err = json.Unmarshal(formerlyActiveLaunchPlan.Spec, formerlyActiveLaunchPlanSpec)
		if err != nil {
			return errors.NewFlyteAdminErrorf(codes.Internal, "failed to unmarshal formerly enabled launch plan spec")
		}
	}

	if !isScheduleEmpty(formerlyActiveLaunchPlanSpec) {
		// Disable previous schedule
		formerlyActiveLaunchPlanIdentifier := &core.Identifier{
			Project: formerlyActiveLaunchPlan.Project,
			Domain:  formerlyActiveLaunchPlan.Domain,
			Name:    formerlyActiveLaunchPlan.Name,
			Version: formerlyActiveLaunchPlan.Version,
		}
		if err = m.disableSchedule(ctx, formerlyActiveLaunchPlanIdentifier); err != nil {
			return err
		}
	}
	if !isScheduleEmpty(newlyActiveLaunchPlanSpec) {
		// Enable new schedule
		if err = m.enableSchedule(ctx, launchPlanIdentifier, newlyActiveLaunchPlanSpec); err != nil {
			return err
		}
	}
	return nil
}

// enableLaunchPlan reproduces launch_plan_manager.go:269 (lookup :271, SetActive :321).
func (m *LaunchPlanManager) enableLaunchPlan(ctx context.Context, request *admin.LaunchPlanUpdateRequest) (
	*admin.LaunchPlanUpdateResponse, error) {
	newlyActiveLaunchPlanModel, err := m.db.LaunchPlanRepo().Get(ctx, repoInterfaces.Identifier{ // safe: the lookup guards updates only (state columns via SetActive); not found is an error. The schedule it activates goes through SchedulableEntityRepo.Activate, catalogued on its own
		Project: request.GetId().GetProject(),
		Domain:  request.GetId().GetDomain(),
		Name:    request.GetId().GetName(),
		Version: request.GetId().GetVersion(),
	})
	if err != nil {
		return nil, err
	}
	// Set desired launch plan to active:
	err = m.updateLaunchPlanModelState(&newlyActiveLaunchPlanModel, admin.LaunchPlanState_ACTIVE)
	if err != nil {
		return nil, err
	}

	// Find currently active version, if it exists.
	projectFilter, _ := common.NewSingleValueFilter(common.LaunchPlan, common.Equal, "project", newlyActiveLaunchPlanModel.Project)
	domainFilter, _ := common.NewSingleValueFilter(common.LaunchPlan, common.Equal, "domain", newlyActiveLaunchPlanModel.Domain)
	nameFilter, _ := common.NewSingleValueFilter(common.LaunchPlan, common.Equal, "name", newlyActiveLaunchPlanModel.Name)
	stateFilter, _ := common.NewSingleValueFilter(common.LaunchPlan, common.Equal, "state", int32(admin.LaunchPlanState_ACTIVE))
	formerlyActiveLaunchPlanModelOutput, err := m.db.LaunchPlanRepo().List(ctx, repoInterfaces.ListResourceInput{
		InlineFilters: []common.InlineFilter{projectFilter, domainFilter, nameFilter, stateFilter},
		Limit:         1,
	})
	var formerlyActiveLaunchPlanModel *models.LaunchPlan
	if err != nil {
		// Not found is fine, there isn't always a guaranteed active launch plan model.
		if err.(errors.FlyteAdminError).Code() != codes.NotFound {
			return nil, err
		}
	} else if len(formerlyActiveLaunchPlanModelOutput.LaunchPlans) > 0 {
		formerlyActiveLaunchPlanModel = &formerlyActiveLaunchPlanModelOutput.LaunchPlans[0]
		err = m.updateLaunchPlanModelState(formerlyActiveLaunchPlanModel, admin.LaunchPlanState_INACTIVE)
		if err != nil {
			return nil, err
		}
	}
	err = m.updateSchedules(ctx, newlyActiveLaunchPlanModel, formerlyActiveLaunchPlanModel)
	if err != nil {
		return nil, err
	}

	// This operation is takes in the (formerly) active launch plan version as only one version can be active at a time.
	// Setting the desired launch plan to active also requires disabling the existing active launch plan version.
	err = m.db.LaunchPlanRepo().SetActive(ctx, newlyActiveLaunchPlanModel, formerlyActiveLaunchPlanModel)
	if err != nil {
		return nil, err
	}
	return &admin.LaunchPlanUpdateResponse{}, nil
}

// UpdateLaunchPlan reproduces launch_plan_manager.go:331 (disable path trimmed).
func (m *LaunchPlanManager) UpdateLaunchPlan(ctx context.Context, request *admin.LaunchPlanUpdateRequest) (
	*admin.LaunchPlanUpdateResponse, error) {
	switch request.GetState() {
	case admin.LaunchPlanState_ACTIVE:
		return m.enableLaunchPlan(ctx, request)
	default:
		return nil, errors.NewFlyteAdminErrorf(codes.InvalidArgument, "Unrecognized launch plan state %v for update for launch plan [%+v]", request.GetState(), request.GetId())
	}
}

func NewLaunchPlanManager(db repoInterfaces.Repository, scheduler scheduleInterfaces.EventScheduler) *LaunchPlanManager {
	return &LaunchPlanManager{db: db, scheduler: scheduler}
}
