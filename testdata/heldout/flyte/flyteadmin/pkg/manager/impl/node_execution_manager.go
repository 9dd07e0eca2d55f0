// Package impl reproduces (trimmed) the flyteadmin managers in
// flyteadmin/pkg/manager/impl that reach the catalogued sites.
package impl

import (
	"context"
	"fmt"

	"example.com/heldout/flyte/flyteadmin/pkg/errors"
	"example.com/heldout/flyte/flyteadmin/pkg/manager/impl/util"
	repoInterfaces "example.com/heldout/flyte/flyteadmin/pkg/repositories/interfaces"
	"example.com/heldout/flyte/flyteadmin/pkg/repositories/models"
	"example.com/heldout/flyte/flyteadmin/pkg/repositories/transformers"
	"example.com/heldout/flyte/flyteidl/gen/pb-go/flyteidl/admin"
	"example.com/heldout/flyte/flyteidl/gen/pb-go/flyteidl/core"
	"example.com/heldout/flyte/pkg/grpc/codes"
)

type updateNodeExecutionStatus int

const (
	updateSucceeded updateNodeExecutionStatus = iota
	updateFailed
	alreadyInTerminalStatus
)

type NodeExecutionManager struct {
	db repoInterfaces.Repository
}

// createNodeExecutionWithEvent reproduces node_execution_manager.go:80 (insert :116).
func (m *NodeExecutionManager) createNodeExecutionWithEvent(
	ctx context.Context, request *admin.NodeExecutionEventRequest, dynamicWorkflowRemoteClosureReference string) error {
	var parentTaskExecutionID *uint
	if request.GetEvent().GetParentTaskMetadata() != nil {
		taskExecutionModel, err := util.GetTaskExecutionModel(ctx, m.db, request.GetEvent().GetParentTaskMetadata().GetId())
		if err != nil {
			return err
		}
		parentTaskExecutionID = &taskExecutionModel.ID
	}
	var parentID *uint
	if request.GetEvent().GetParentNodeMetadata() != nil {
		parentNodeExecutionModel, err := util.GetNodeExecutionModel(ctx, m.db, &core.NodeExecutionIdentifier{
			ExecutionId: request.GetEvent().GetId().GetExecutionId(),
			NodeId:      request.GetEvent().GetParentNodeMetadata().GetNodeId(),
		})
		if err != nil {
			return err
		}
		parentID = &parentNodeExecutionModel.ID
	}
	nodeExecutionModel, err := transformers.CreateNodeExecutionModel(ctx, transformers.ToNodeExecutionModelInput{
		Request:                      request,
		ParentTaskExecutionID:        parentTaskExecutionID,
		ParentID:                     parentID,
		DynamicWorkflowRemoteClosure: dynamicWorkflowRemoteClosureReference,
	})
	if err != nil {
		return err
	}
	if err := m.db.NodeExecutionRepo().Create(ctx, nodeExecutionModel); err != nil {
		return err
	}
	return nil
}

// updateNodeExecutionWithEvent reproduces node_execution_manager.go:125 (trimmed).
func (m *NodeExecutionManager) updateNodeExecutionWithEvent(
	ctx context.Context, request *admin.NodeExecutionEventRequest, nodeExecutionModel *models.NodeExecution,
	dynamicWorkflowRemoteClosureReference string) (updateNodeExecutionStatus, error) {
	// If we have an existing execution, check if the phase change is valid
	nodeExecPhase := core.NodeExecution_Phase(core.NodeExecution_Phase_value[nodeExecutionModel.Phase])
	if nodeExecPhase == request.GetEvent().GetPhase() {
		return updateFailed, errors.NewFlyteAdminErrorf(codes.AlreadyExists,
			"This phase was already recorded %v for %+v", nodeExecPhase.String(), request.GetEvent().GetId())
	} else if nodeExecPhase == core.NodeExecution_SUCCEEDED || nodeExecPhase == core.NodeExecution_FAILED || nodeExecPhase == core.NodeExecution_ABORTED {
		// Cannot go from a terminal state to anything else
		return alreadyInTerminalStatus, nil
	}

	err := transformers.UpdateNodeExecutionModel(ctx, request, nodeExecutionModel, dynamicWorkflowRemoteClosureReference)
	if err != nil {
		return updateFailed, err
	}
	err = m.db.NodeExecutionRepo().Update(ctx, nodeExecutionModel)
	if err != nil {
		return updateFailed, err
	}

	return updateSucceeded, nil
}

// CreateNodeEvent reproduces node_execution_manager.go:204 (lookup :244, NotFound :248, create :253 ->
// createNodeExecutionWithEvent :116 -> NodeExecutionRepo.Create node_execution_repo.go:26).
func (m *NodeExecutionManager) CreateNodeEvent(ctx context.Context, request *admin.NodeExecutionEventRequest) (
	*admin.NodeExecutionEventResponse, error) {
	executionID := request.GetEvent().GetId().GetExecutionId()
	_, err := m.db.ExecutionRepo().Get(ctx, repoInterfaces.Identifier{
		Project: executionID.GetProject(),
		Domain:  executionID.GetDomain(),
		Name:    executionID.GetName(),
	})
	if err != nil {
		if ferr, ok := err.(errors.FlyteAdminError); ok {
			return nil, errors.NewFlyteAdminErrorf(ferr.Code(),
				"Failed to get existing execution id: [%+v] with err: %v", executionID, err)
		}
		return nil, fmt.Errorf("failed to get existing execution id: [%+v]", executionID)
	}

	var dynamicWorkflowRemoteClosureReference string

	// Take on the node_executions key; NotFound -> INSERT (createNodeExecutionWithEvent), found -> UPDATE.
	// Two events for a node that has no row yet (retried/duplicated event deliveries, several
	// flyteadmin replicas) both miss and both INSERT: the loser violates the PRIMARY KEY
	// (execution_project, execution_domain, execution_name, node_id) and its phase update is returned
	// as AlreadyExists instead of being applied.
	nodeExecutionModel, err := m.db.NodeExecutionRepo().Get(ctx, repoInterfaces.NodeExecutionResource{ // race
		NodeExecutionIdentifier: request.GetEvent().GetId(),
	})
	if err != nil {
		if err.(errors.FlyteAdminError).Code() != codes.NotFound {
			return nil, err
		}
		err = m.createNodeExecutionWithEvent(ctx, request, dynamicWorkflowRemoteClosureReference)
		if err != nil {
			return nil, err
		}
	} else {
		phase := core.NodeExecution_Phase(core.NodeExecution_Phase_value[nodeExecutionModel.Phase])
		updateStatus, err := m.updateNodeExecutionWithEvent(ctx, request, &nodeExecutionModel, dynamicWorkflowRemoteClosureReference)
		if err != nil {
			return nil, err
		}

		if updateStatus == alreadyInTerminalStatus {
			curPhase := request.GetEvent().GetPhase().String()
			errorMsg := fmt.Sprintf("Invalid phase change from %s to %s for node execution %v", phase.String(), curPhase, nodeExecutionModel.ID)
			return nil, errors.NewAlreadyInTerminalStateError(ctx, errorMsg, curPhase)
		}
	}

	return &admin.NodeExecutionEventResponse{}, nil
}

func NewNodeExecutionManager(db repoInterfaces.Repository) *NodeExecutionManager {
	return &NodeExecutionManager{db: db}
}
