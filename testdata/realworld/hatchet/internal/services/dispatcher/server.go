package dispatcher

import (
	"context"
	"errors"

	"github.com/jackc/pgx/v5"

	v1 "example.com/realworld/hatchet/pkg/repository"
	"example.com/realworld/hatchet/pkg/repository/sqlcv1"
	"example.com/realworld/hatchet/third_party/grpc/codes"
	"example.com/realworld/hatchet/third_party/grpc/status"
	"example.com/realworld/hatchet/third_party/uuid"
	"example.com/realworld/hatchet/third_party/zerolog"
)

// DispatcherImpl is internal/services/dispatcher/server.go (reduced).
type DispatcherImpl struct {
	repov1 v1.Repository
	l      *zerolog.Logger
}

// WorkerLabels stands in for contracts.WorkerLabels.
type WorkerLabels struct {
	StrValue *string
	IntValue *int32
}

// UpsertWorkerLabelsRequest stands in for contracts.UpsertWorkerLabelsRequest.
type UpsertWorkerLabelsRequest struct {
	WorkerId string
	Labels   map[string]*WorkerLabels
}

// UpsertWorkerLabelsResponse stands in for contracts.UpsertWorkerLabelsResponse.
type UpsertWorkerLabelsResponse struct {
	TenantId string
	WorkerId string
}

// UpsertWorkerLabels is internal/services/dispatcher/server.go:127 (analytics
// trimmed).
func (s *DispatcherImpl) UpsertWorkerLabels(ctx context.Context, request *UpsertWorkerLabelsRequest) (*UpsertWorkerLabelsResponse, error) {
	tenant := ctx.Value("tenant").(*sqlcv1.Tenant)
	workerId, err := uuid.Parse(request.WorkerId)

	if err != nil {
		return nil, status.Errorf(codes.InvalidArgument, "invalid worker ID format: %s", request.WorkerId)
	}

	// Confirm the worker belongs to the auth-tenant before mutating its labels.
	if _, err := s.repov1.Workers().GetWorkerForEngine(ctx, tenant.ID, workerId); err != nil { // safe: a missing worker is an error (NotFound); the labels are written with INSERT ... ON CONFLICT ("workerId", "key") DO UPDATE
		if errors.Is(err, pgx.ErrNoRows) {
			return nil, status.Errorf(codes.NotFound, "worker not found: %s", request.WorkerId)
		}
		return nil, err
	}

	_, err = s.upsertLabels(ctx, workerId, request.Labels)

	if err != nil {
		return nil, err
	}

	return &UpsertWorkerLabelsResponse{
		TenantId: tenant.ID.String(),
		WorkerId: request.WorkerId,
	}, nil
}

// upsertLabels is internal/services/dispatcher/server.go:156 (validation
// trimmed).
func (s *DispatcherImpl) upsertLabels(ctx context.Context, workerId uuid.UUID, request map[string]*WorkerLabels) ([]*sqlcv1.WorkerLabel, error) {
	affinities := make([]v1.UpsertWorkerLabelOpts, 0, len(request))

	for key, config := range request {
		affinities = append(affinities, v1.UpsertWorkerLabelOpts{
			Key:      key,
			IntValue: config.IntValue,
			StrValue: config.StrValue,
		})
	}

	res, err := s.repov1.Workers().UpsertWorkerLabels(ctx, workerId, affinities)

	if err != nil {
		s.l.Error().Ctx(ctx).Err(err).Msgf("could not upsert worker affinities for worker %s", workerId.String())
		return nil, err
	}

	return res, nil
}
