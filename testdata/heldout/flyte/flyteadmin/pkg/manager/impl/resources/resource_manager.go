// Package resources reproduces (trimmed) flyteadmin/pkg/manager/impl/resources/resource_manager.go.
package resources

import (
	"context"

	"example.com/heldout/flyte/flyteadmin/pkg/errors"
	repo_interface "example.com/heldout/flyte/flyteadmin/pkg/repositories/interfaces"
	"example.com/heldout/flyte/flyteadmin/pkg/repositories/models"
	"example.com/heldout/flyte/flyteadmin/pkg/repositories/transformers"
	"example.com/heldout/flyte/flyteidl/gen/pb-go/flyteidl/admin"
	"example.com/heldout/flyte/pkg/grpc/codes"
)

type ResourceManager struct {
	db repo_interface.Repository
}

// createOrMergeUpdateWorkflowAttributes reproduces resource_manager.go:55 (lookup :65,
// create :70 -> ResourceRepo.CreateOrUpdate -> FirstOrCreate INSERT resource_repo.go:65).
func (m *ResourceManager) createOrMergeUpdateWorkflowAttributes(
	ctx context.Context, request *admin.WorkflowAttributesUpdateRequest, model models.Resource,
	resourceType admin.MatchableResource) (*admin.WorkflowAttributesUpdateResponse, error) {
	resourceID := repo_interface.ResourceID{
		Project:      model.Project,
		Domain:       model.Domain,
		Workflow:     model.Workflow,
		LaunchPlan:   model.LaunchPlan,
		ResourceType: model.ResourceType,
	}
	// GetRaw (First on the resource key); NotFound -> CreateOrUpdate, whose FirstOrCreate INSERTs.
	// Two concurrent plugin-override updates of a key with no row both miss: either both INSERT and the
	// loser violates UNIQUE resource_idx (project, domain, workflow, launch_plan, resource_type), or
	// the later FirstOrCreate finds the other's row and Save overwrites it unmerged.
	existing, err := m.db.ResourceRepo().GetRaw(ctx, resourceID) // race
	if err != nil {
		ec, ok := err.(errors.FlyteAdminError)
		if ok && ec.Code() == codes.NotFound {
			// Proceed with the default CreateOrUpdate call since there's no existing model to update.
			err = m.db.ResourceRepo().CreateOrUpdate(ctx, model)
			if err != nil {
				return nil, err
			}
			return &admin.WorkflowAttributesUpdateResponse{}, nil
		}
		return nil, err
	}
	updatedModel, err := transformers.MergeUpdateWorkflowAttributes(
		ctx, existing, resourceType, &resourceID, request.GetAttributes())
	if err != nil {
		return nil, err
	}
	err = m.db.ResourceRepo().CreateOrUpdate(ctx, updatedModel)
	if err != nil {
		return nil, err
	}
	return &admin.WorkflowAttributesUpdateResponse{}, nil
}

// UpdateWorkflowAttributes reproduces resource_manager.go:90.
func (m *ResourceManager) UpdateWorkflowAttributes(
	ctx context.Context, request *admin.WorkflowAttributesUpdateRequest) (
	*admin.WorkflowAttributesUpdateResponse, error) {
	var resource admin.MatchableResource
	var err error
	if resource, err = validateWorkflowAttributesUpdateRequest(request); err != nil {
		return nil, err
	}

	model, err := transformers.WorkflowAttributesToResourceModel(request.GetAttributes(), resource)
	if err != nil {
		return nil, err
	}
	if request.GetAttributes().GetMatchingAttributes().GetPluginOverrides() != nil {
		return m.createOrMergeUpdateWorkflowAttributes(ctx, request, model, admin.MatchableResource_PLUGIN_OVERRIDE)
	}
	err = m.db.ResourceRepo().CreateOrUpdate(ctx, model)
	if err != nil {
		return nil, err
	}

	return &admin.WorkflowAttributesUpdateResponse{}, nil
}

// UpdateProjectAttributes reproduces resource_manager.go:148.
func (m *ResourceManager) UpdateProjectAttributes(ctx context.Context, request *admin.ProjectAttributesUpdateRequest) (
	*admin.ProjectAttributesUpdateResponse, error) {

	var resource admin.MatchableResource
	var err error

	if resource, err = validateMatchingAttributes(request.GetAttributes().GetMatchingAttributes()); err != nil {
		return nil, err
	}
	model, err := transformers.ProjectAttributesToResourceModel(request.GetAttributes(), resource)
	if err != nil {
		return nil, err
	}

	if request.GetAttributes().GetMatchingAttributes().GetPluginOverrides() != nil {
		return m.createOrMergeUpdateProjectAttributes(ctx, request, model, admin.MatchableResource_PLUGIN_OVERRIDE)
	}

	err = m.db.ResourceRepo().CreateOrUpdate(ctx, model)
	if err != nil {
		return nil, err
	}

	return &admin.ProjectAttributesUpdateResponse{}, nil
}

// createOrMergeUpdateProjectDomainAttributes reproduces resource_manager.go:264 (lookup :274, create :279).
func (m *ResourceManager) createOrMergeUpdateProjectDomainAttributes(
	ctx context.Context, request *admin.ProjectDomainAttributesUpdateRequest, model models.Resource,
	resourceType admin.MatchableResource) (*admin.ProjectDomainAttributesUpdateResponse, error) {
	resourceID := repo_interface.ResourceID{
		Project:      model.Project,
		Domain:       model.Domain,
		Workflow:     model.Workflow,
		LaunchPlan:   model.LaunchPlan,
		ResourceType: model.ResourceType,
	}
	// Same shape as createOrMergeUpdateWorkflowAttributes, for (project, domain) plugin overrides.
	existing, err := m.db.ResourceRepo().GetRaw(ctx, resourceID) // race
	if err != nil {
		ec, ok := err.(errors.FlyteAdminError)
		if ok && ec.Code() == codes.NotFound {
			// Proceed with the default CreateOrUpdate call since there's no existing model to update.
			err = m.db.ResourceRepo().CreateOrUpdate(ctx, model)
			if err != nil {
				return nil, err
			}
			return &admin.ProjectDomainAttributesUpdateResponse{}, nil
		}
		return nil, err
	}
	updatedModel, err := transformers.MergeUpdatePluginAttributes(
		ctx, existing, resourceType, &resourceID, request.GetAttributes().GetMatchingAttributes())
	if err != nil {
		return nil, err
	}
	err = m.db.ResourceRepo().CreateOrUpdate(ctx, updatedModel)
	if err != nil {
		return nil, err
	}
	return &admin.ProjectDomainAttributesUpdateResponse{}, nil
}

// createOrMergeUpdateProjectAttributes reproduces resource_manager.go:299 (lookup :310, create :315).
func (m *ResourceManager) createOrMergeUpdateProjectAttributes(
	ctx context.Context, request *admin.ProjectAttributesUpdateRequest, model models.Resource,
	resourceType admin.MatchableResource) (*admin.ProjectAttributesUpdateResponse, error) {

	resourceID := repo_interface.ResourceID{
		Project:      model.Project,
		Domain:       model.Domain,
		Workflow:     model.Workflow,
		LaunchPlan:   model.LaunchPlan,
		ResourceType: model.ResourceType,
	}
	// Same shape as createOrMergeUpdateWorkflowAttributes, for project-level plugin overrides.
	existing, err := m.db.ResourceRepo().GetRaw(ctx, resourceID) // race
	if err != nil {
		ec, ok := err.(errors.FlyteAdminError)
		if ok && ec.Code() == codes.NotFound {
			// Proceed with the default CreateOrUpdate call since there's no existing model to update.
			err = m.db.ResourceRepo().CreateOrUpdate(ctx, model)
			if err != nil {
				return nil, err
			}
			return &admin.ProjectAttributesUpdateResponse{}, nil
		}
		return nil, err
	}
	updatedModel, err := transformers.MergeUpdatePluginAttributes(
		ctx, existing, resourceType, &resourceID, request.GetAttributes().GetMatchingAttributes())
	if err != nil {
		return nil, err
	}
	err = m.db.ResourceRepo().CreateOrUpdate(ctx, updatedModel)
	if err != nil {
		return nil, err
	}
	return &admin.ProjectAttributesUpdateResponse{}, nil
}

// UpdateProjectDomainAttributes reproduces resource_manager.go:335.
func (m *ResourceManager) UpdateProjectDomainAttributes(
	ctx context.Context, request *admin.ProjectDomainAttributesUpdateRequest) (
	*admin.ProjectDomainAttributesUpdateResponse, error) {
	var resource admin.MatchableResource
	var err error
	if resource, err = validateMatchingAttributes(request.GetAttributes().GetMatchingAttributes()); err != nil {
		return nil, err
	}

	model, err := transformers.ProjectDomainAttributesToResourceModel(request.GetAttributes(), resource)
	if err != nil {
		return nil, err
	}
	if request.GetAttributes().GetMatchingAttributes().GetPluginOverrides() != nil {
		return m.createOrMergeUpdateProjectDomainAttributes(ctx, request, model, admin.MatchableResource_PLUGIN_OVERRIDE)
	}
	err = m.db.ResourceRepo().CreateOrUpdate(ctx, model)
	if err != nil {
		return nil, err
	}
	return &admin.ProjectDomainAttributesUpdateResponse{}, nil
}

// validation (flyteadmin/pkg/manager/impl/validation/attributes_validator.go, trimmed to the
// resource-type derivation).
func validateWorkflowAttributesUpdateRequest(request *admin.WorkflowAttributesUpdateRequest) (admin.MatchableResource, error) {
	if request.GetAttributes() == nil {
		return 0, errors.NewFlyteAdminErrorf(codes.InvalidArgument, "missing attributes")
	}
	return validateMatchingAttributes(request.GetAttributes().GetMatchingAttributes())
}

func validateMatchingAttributes(attributes *admin.MatchingAttributes) (admin.MatchableResource, error) {
	if attributes == nil {
		return 0, errors.NewFlyteAdminErrorf(codes.InvalidArgument, "missing matching_attributes")
	}
	if attributes.GetPluginOverrides() != nil {
		return admin.MatchableResource_PLUGIN_OVERRIDE, nil
	}
	return admin.MatchableResource_EXECUTION_QUEUE, nil
}

func NewResourceManager(db repo_interface.Repository) *ResourceManager {
	return &ResourceManager{db: db}
}
