package impl

import (
	"context"

	repoInterfaces "example.com/heldout/flyte/flyteadmin/pkg/repositories/interfaces"
	"example.com/heldout/flyte/flyteadmin/pkg/repositories/transformers"
	"example.com/heldout/flyte/flyteidl/gen/pb-go/flyteidl/admin"
)

type SignalManager struct {
	db repoInterfaces.Repository
}

// GetOrCreateSignal reproduces signal_manager.go:41 (-> SignalRepo.GetOrCreate :54).
func (s *SignalManager) GetOrCreateSignal(ctx context.Context, request *admin.SignalGetOrCreateRequest) (*admin.Signal, error) {
	signalModel, err := transformers.CreateSignalModel(request.GetId(), request.GetType(), nil)
	if err != nil {
		return nil, err
	}

	err = s.db.SignalRepo().GetOrCreate(ctx, &signalModel)
	if err != nil {
		return nil, err
	}

	signal, err := transformers.FromSignalModel(signalModel)
	if err != nil {
		return nil, err
	}

	return signal, nil
}

func NewSignalManager(db repoInterfaces.Repository) *SignalManager {
	return &SignalManager{db: db}
}
