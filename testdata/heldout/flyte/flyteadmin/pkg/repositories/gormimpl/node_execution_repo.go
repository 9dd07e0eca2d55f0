package gormimpl

import (
	"context"
	"errors"

	"gorm.io/gorm"

	adminErrors "example.com/heldout/flyte/flyteadmin/pkg/repositories/errors"
	"example.com/heldout/flyte/flyteadmin/pkg/repositories/interfaces"
	"example.com/heldout/flyte/flyteadmin/pkg/repositories/models"
	"example.com/heldout/flyte/flyteidl/gen/pb-go/flyteidl/core"
)

// Implementation of NodeExecutionInterface.
type NodeExecutionRepo struct {
	db               *gorm.DB
	errorTransformer adminErrors.ErrorTransformer
}

// node_execution_repo.go:24
func (r *NodeExecutionRepo) Create(ctx context.Context, execution *models.NodeExecution) error {
	tx := r.db.WithContext(ctx).Omit("id").Create(&execution)
	if tx.Error != nil {
		return r.errorTransformer.ToFlyteAdminError(tx.Error)
	}
	return nil
}

// node_execution_repo.go:34 (Take :46)
func (r *NodeExecutionRepo) Get(ctx context.Context, input interfaces.NodeExecutionResource) (models.NodeExecution, error) {
	var nodeExecution models.NodeExecution
	tx := r.db.WithContext(ctx).Where(&models.NodeExecution{
		NodeExecutionKey: models.NodeExecutionKey{
			NodeID: input.NodeExecutionIdentifier.GetNodeId(),
			ExecutionKey: models.ExecutionKey{
				Project: input.NodeExecutionIdentifier.GetExecutionId().GetProject(),
				Domain:  input.NodeExecutionIdentifier.GetExecutionId().GetDomain(),
				Name:    input.NodeExecutionIdentifier.GetExecutionId().GetName(),
			},
		},
	}).Take(&nodeExecution)

	if tx.Error != nil && errors.Is(tx.Error, gorm.ErrRecordNotFound) {
		return models.NodeExecution{},
			adminErrors.GetMissingEntityError("node execution", &core.NodeExecutionIdentifier{
				NodeId: input.NodeExecutionIdentifier.GetNodeId(),
				ExecutionId: &core.WorkflowExecutionIdentifier{
					Project: input.NodeExecutionIdentifier.GetExecutionId().GetProject(),
					Domain:  input.NodeExecutionIdentifier.GetExecutionId().GetDomain(),
					Name:    input.NodeExecutionIdentifier.GetExecutionId().GetName(),
				},
			})
	} else if tx.Error != nil {
		return models.NodeExecution{}, r.errorTransformer.ToFlyteAdminError(tx.Error)
	}

	return nodeExecution, nil
}

// node_execution_repo.go:98
func (r *NodeExecutionRepo) Update(ctx context.Context, nodeExecution *models.NodeExecution) error {
	tx := r.db.WithContext(ctx).Model(&models.NodeExecution{}).Where(getIDFilter(nodeExecution.ID)).Updates(nodeExecution)
	if err := tx.Error; err != nil {
		return r.errorTransformer.ToFlyteAdminError(err)
	}
	return nil
}

// node_execution_repo.go:142
func (r *NodeExecutionRepo) Exists(ctx context.Context, input interfaces.NodeExecutionResource) (bool, error) {
	var nodeExecution models.NodeExecution
	tx := r.db.WithContext(ctx).Select(ID).Where(&models.NodeExecution{
		NodeExecutionKey: models.NodeExecutionKey{
			NodeID: input.NodeExecutionIdentifier.GetNodeId(),
			ExecutionKey: models.ExecutionKey{
				Project: input.NodeExecutionIdentifier.GetExecutionId().GetProject(),
				Domain:  input.NodeExecutionIdentifier.GetExecutionId().GetDomain(),
				Name:    input.NodeExecutionIdentifier.GetExecutionId().GetName(),
			},
		},
	}).Take(&nodeExecution)
	if tx.Error != nil {
		return false, r.errorTransformer.ToFlyteAdminError(tx.Error)
	}
	return true, nil
}

// Returns an instance of NodeExecutionRepoInterface
func NewNodeExecutionRepo(
	db *gorm.DB, errorTransformer adminErrors.ErrorTransformer) interfaces.NodeExecutionRepoInterface {
	return &NodeExecutionRepo{
		db:               db,
		errorTransformer: errorTransformer,
	}
}
