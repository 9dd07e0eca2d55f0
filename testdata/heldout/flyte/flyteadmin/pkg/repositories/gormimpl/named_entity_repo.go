package gormimpl

import (
	"context"
	"fmt"

	"gorm.io/gorm"

	adminErrors "example.com/heldout/flyte/flyteadmin/pkg/errors"
	"example.com/heldout/flyte/flyteadmin/pkg/repositories/errors"
	"example.com/heldout/flyte/flyteadmin/pkg/repositories/interfaces"
	"example.com/heldout/flyte/flyteadmin/pkg/repositories/models"
	"example.com/heldout/flyte/flyteidl/gen/pb-go/flyteidl/core"
	"example.com/heldout/flyte/pkg/grpc/codes"
)

var resourceTypeToTableName = map[core.ResourceType]string{
	core.ResourceType_LAUNCH_PLAN: launchPlanTableName,
	core.ResourceType_WORKFLOW:    workflowTableName,
	core.ResourceType_TASK:        taskTableName,
}

var leftJoinWorkflowNameToMetadata = fmt.Sprintf(
	"LEFT JOIN %s ON %s.resource_type = %d AND %s.project = %s.project AND %s.domain = %s.domain AND %s.name = %s.name", namedEntityMetadataTableName, namedEntityMetadataTableName, core.ResourceType_WORKFLOW, namedEntityMetadataTableName, workflowTableName,
	namedEntityMetadataTableName, workflowTableName,
	namedEntityMetadataTableName, workflowTableName)

var leftJoinLaunchPlanNameToMetadata = fmt.Sprintf(
	"LEFT JOIN %s ON %s.resource_type = %d AND %s.project = %s.project AND %s.domain = %s.domain AND %s.name = %s.name", namedEntityMetadataTableName, namedEntityMetadataTableName, core.ResourceType_LAUNCH_PLAN, namedEntityMetadataTableName, launchPlanTableName,
	namedEntityMetadataTableName, launchPlanTableName,
	namedEntityMetadataTableName, launchPlanTableName)

var leftJoinTaskNameToMetadata = fmt.Sprintf(
	"LEFT JOIN %s ON %s.resource_type = %d AND %s.project = %s.project AND %s.domain = %s.domain AND %s.name = %s.name", namedEntityMetadataTableName, namedEntityMetadataTableName, core.ResourceType_TASK, namedEntityMetadataTableName, taskTableName,
	namedEntityMetadataTableName, taskTableName,
	namedEntityMetadataTableName, taskTableName)

var resourceTypeToMetadataJoin = map[core.ResourceType]string{
	core.ResourceType_LAUNCH_PLAN: leftJoinLaunchPlanNameToMetadata,
	core.ResourceType_WORKFLOW:    leftJoinWorkflowNameToMetadata,
	core.ResourceType_TASK:        leftJoinTaskNameToMetadata,
}

func getSelectForNamedEntity(tableName string, resourceType core.ResourceType) []string {
	return []string{
		fmt.Sprintf("%s.%s", tableName, Project),
		fmt.Sprintf("%s.%s", tableName, Domain),
		fmt.Sprintf("%s.%s", tableName, Name),
		fmt.Sprintf("'%d' AS resource_type", resourceType),
		fmt.Sprintf("%s.description", namedEntityMetadataTableName),
		fmt.Sprintf("%s.state", namedEntityMetadataTableName),
	}
}

// Implementation of NamedEntityRepoInterface.
type NamedEntityRepo struct {
	db               *gorm.DB
	errorTransformer errors.ErrorTransformer
}

// Update reproduces named_entity_repo.go:114 (FirstOrCreate :117-124).
func (r *NamedEntityRepo) Update(ctx context.Context, input models.NamedEntity) error {
	var metadata models.NamedEntityMetadata
	// FirstOrCreate with Assign: SELECT by the named_entity_metadata key, then UPDATE when found or
	// INSERT when not, with no lock or ON CONFLICT. Two concurrent updates of an entity that has no
	// metadata row yet (e.g. two single-task executions of one task both marking the generated
	// workflow/launch plan SYSTEM_GENERATED) both INSERT; the loser violates the PRIMARY KEY
	// (resource_type, project, domain, name) instead of updating.
	tx := r.db.WithContext(ctx).Where(&models.NamedEntityMetadata{ // race
		NamedEntityMetadataKey: models.NamedEntityMetadataKey{
			ResourceType: input.ResourceType,
			Project:      input.Project,
			Domain:       input.Domain,
			Name:         input.Name,
		},
	}).Assign(input.NamedEntityMetadataFields).Omit("id").FirstOrCreate(&metadata)
	if tx.Error != nil {
		return r.errorTransformer.ToFlyteAdminError(tx.Error)
	}
	return nil
}

// Get reproduces named_entity_repo.go:132 (trimmed filters: project/domain/name on the entity table).
func (r *NamedEntityRepo) Get(ctx context.Context, input interfaces.GetNamedEntityInput) (models.NamedEntity, error) {
	var namedEntity models.NamedEntity

	tableName, tableFound := resourceTypeToTableName[input.ResourceType]
	joinString, joinFound := resourceTypeToMetadataJoin[input.ResourceType]
	if !tableFound || !joinFound {
		return models.NamedEntity{}, adminErrors.NewFlyteAdminErrorf(codes.InvalidArgument, "Cannot get NamedEntityMetadata for resource type: %v", input.ResourceType)
	}

	tx := r.db.WithContext(ctx).Table(tableName).Joins(joinString).
		Where(fmt.Sprintf("%s.project = ? AND %s.domain = ? AND %s.name = ?", tableName, tableName, tableName),
			input.Project, input.Domain, input.Name)

	tx = tx.Select(getSelectForNamedEntity(tableName, input.ResourceType)).Take(&namedEntity)

	if tx.Error != nil {
		return models.NamedEntity{}, r.errorTransformer.ToFlyteAdminError(tx.Error)
	}

	return namedEntity, nil
}

// Returns an instance of NamedEntityRepoInterface
func NewNamedEntityRepo(
	db *gorm.DB, errorTransformer errors.ErrorTransformer) interfaces.NamedEntityRepoInterface {
	return &NamedEntityRepo{
		db:               db,
		errorTransformer: errorTransformer,
	}
}
