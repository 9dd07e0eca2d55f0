package v1

import (
	"context"
	"encoding/json"
	"fmt"

	v1 "example.com/realworld/hatchet/pkg/repository"
	"example.com/realworld/hatchet/pkg/repository/sqlcv1"
	"example.com/realworld/hatchet/third_party/uuid"
	"example.com/realworld/hatchet/third_party/zerolog"
)

// AdminServiceImpl is internal/services/admin/v1/server.go (reduced).
type AdminServiceImpl struct {
	repo v1.Repository
	l    *zerolog.Logger
}

// CreateWorkflowVersionRequest stands in for the gRPC contract message.
type CreateWorkflowVersionRequest struct {
	Name        string
	Description string
}

// PutWorkflow is internal/services/admin/v1/server.go:846 (gRPC
// AdminService/PutWorkflow, called by every worker at start-up for each
// workflow it registers). It reaches PutWorkflowVersion (:867,
// pkg/repository/workflow.go:326) and then ensureDAGOperator (:886). The
// request conversion, cron notification and queue notification are trimmed.
func (a *AdminServiceImpl) PutWorkflow(ctx context.Context, req *CreateWorkflowVersionRequest) (*v1.WorkflowVersion, error) {
	tenant := ctx.Value("tenant").(*sqlcv1.Tenant)
	tenantId := tenant.ID

	createOpts := &v1.CreateWorkflowVersionOpts{
		Name:        req.Name,
		Description: &req.Description,
	}

	currWorkflow, err := a.repo.Workflows().PutWorkflowVersion(
		ctx,
		tenantId,
		createOpts,
	)

	if err != nil {
		return nil, err
	}

	if currWorkflow.IsUsingDagOperator {
		if err := a.ensureDAGOperator(ctx, tenantId); err != nil {
			a.l.Err(err).Ctx(ctx).Msg("could not ensure DAG operator for tenant")
		}
	}

	return currWorkflow, nil
}

// ensureDAGOperator is internal/services/admin/v1/server.go:935.
func (a *AdminServiceImpl) ensureDAGOperator(ctx context.Context, tenantId uuid.UUID) error {
	exists, err := a.repo.Operators().HasDAGOperator(ctx, tenantId) // race; no unique key: v1_operator has only v1_operator_pkey PRIMARY KEY (id) (sql/schema/v1-core.sql:2644), nothing on (tenant_id, kind)

	if err != nil {
		return fmt.Errorf("could not check for DAG operator: %w", err)
	}

	if exists {
		return nil
	}

	config, err := json.Marshal(struct{}{})

	if err != nil {
		return fmt.Errorf("could not marshal DAG operator config: %w", err)
	}

	_, err = a.repo.Operators().CreateOperator(ctx, tenantId, v1.CreateOperatorOpts{
		Name:   "default",
		Kind:   sqlcv1.V1OperatorKindDAG,
		Config: config,
	})

	return err
}
