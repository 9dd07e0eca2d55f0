package repository

import (
	"context"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"

	"example.com/realworld/hatchet/pkg/repository/sqlchelpers"
	"example.com/realworld/hatchet/pkg/repository/sqlcv1"
	"example.com/realworld/hatchet/third_party/uuid"
)

// CreateWorkflowVersionOpts is pkg/repository/workflow.go:37, reduced to the
// fields PutWorkflowVersion reads before the version is written.
type CreateWorkflowVersionOpts struct {
	// (required) the workflow name
	Name string `validate:"required,hatchetName"`

	// (optional) the workflow description
	Description *string `json:"description,omitempty"`
}

// WorkflowVersion is a reduced stand-in for the
// sqlcv1.GetWorkflowVersionForEngineRow returned upstream.
type WorkflowVersion struct {
	ID                 uuid.UUID
	WorkflowId         uuid.UUID
	IsUsingDagOperator bool
}

// WorkflowRepository is reduced to the method the reproduced site uses.
type WorkflowRepository interface {
	PutWorkflowVersion(ctx context.Context, tenantId uuid.UUID, opts *CreateWorkflowVersionOpts) (*WorkflowVersion, error)
}

type workflowRepository struct {
	*sharedRepository
}

func newWorkflowRepository(shared *sharedRepository) WorkflowRepository {
	return &workflowRepository{
		sharedRepository: shared,
	}
}

// PutWorkflowVersion is pkg/repository/workflow.go:326. The cycle check,
// step ordering, the previous-version lookup and createWorkflowVersionTxs
// are trimmed; the workflow get-or-create at the top is kept as is. The
// transaction is READ COMMITTED and nothing locks the (tenantId, name) pair
// before the lookup: LockWorkflowVersion (:388) only runs on the found
// branch.
func (r *workflowRepository) PutWorkflowVersion(ctx context.Context, tenantId uuid.UUID, opts *CreateWorkflowVersionOpts) (*WorkflowVersion, error) {
	if err := r.v.Validate(opts); err != nil {
		return nil, err
	}

	tx, commit, rollback, err := sqlchelpers.PrepareTxWithStatementTimeout(ctx, r.pool, r.l, 60000)

	if err != nil {
		return nil, err
	}

	defer rollback()

	var workflowId uuid.UUID

	// check whether the workflow exists
	existingWorkflow, err := r.queries.GetWorkflowByName(ctx, tx, sqlcv1.GetWorkflowByNameParams{ // race
		Tenantid: tenantId,
		Name:     opts.Name,
	})

	switch {
	case err != nil && errors.Is(err, pgx.ErrNoRows):
		// create the workflow
		workflowId = uuid.New()

		_, err = r.queries.CreateWorkflow(
			ctx,
			tx,
			sqlcv1.CreateWorkflowParams{
				ID:          workflowId,
				Tenantid:    tenantId,
				Name:        opts.Name,
				Description: *opts.Description,
			},
		)

		if err != nil {
			return nil, err
		}
	case err != nil:
		return nil, err
	case existingWorkflow.ID == uuid.Nil:
		return nil, fmt.Errorf("invalid id for workflow %s", opts.Name)
	default:
		workflowId = existingWorkflow.ID

		// Lock the previous workflow version to prevent concurrent version creation
		_, err := r.queries.LockWorkflowVersion(ctx, tx, workflowId)
		if err != nil && !errors.Is(err, pgx.ErrNoRows) {
			return nil, fmt.Errorf("failed to lock previous workflow version: %w", err)
		}
	}

	err = commit(ctx)

	if err != nil {
		return nil, err
	}

	return &WorkflowVersion{WorkflowId: workflowId}, nil
}
