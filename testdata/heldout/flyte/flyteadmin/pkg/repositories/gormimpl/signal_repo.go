package gormimpl

import (
	"context"
	"errors"

	"gorm.io/gorm"

	adminerrors "example.com/heldout/flyte/flyteadmin/pkg/errors"
	flyteAdminDbErrors "example.com/heldout/flyte/flyteadmin/pkg/repositories/errors"
	"example.com/heldout/flyte/flyteadmin/pkg/repositories/interfaces"
	"example.com/heldout/flyte/flyteadmin/pkg/repositories/models"
	"example.com/heldout/flyte/pkg/grpc/codes"
)

// SignalRepo is an implementation of SignalRepoInterface.
type SignalRepo struct {
	db               *gorm.DB
	errorTransformer flyteAdminDbErrors.ErrorTransformer
}

// Get retrieves a signal model from the database store. (signal_repo.go:25)
func (s *SignalRepo) Get(ctx context.Context, input models.SignalKey) (models.Signal, error) {
	var signal models.Signal
	tx := s.db.WithContext(ctx).Where(&models.Signal{
		SignalKey: input,
	}).Take(&signal)
	if errors.Is(tx.Error, gorm.ErrRecordNotFound) {
		return models.Signal{}, adminerrors.NewFlyteAdminError(codes.NotFound, "signal does not exist")
	}
	if tx.Error != nil {
		return models.Signal{}, s.errorTransformer.ToFlyteAdminError(tx.Error)
	}
	return signal, nil
}

// GetOrCreate returns a signal if it already exists, if not it creates a new one given the input
// (signal_repo.go:42, FirstOrCreate :44)
func (s *SignalRepo) GetOrCreate(ctx context.Context, input *models.Signal) error {
	// FirstOrCreate = SELECT ... LIMIT 1 then INSERT, no lock and no ON CONFLICT; the conditions are the
	// non-zero fields of input (execution key, signal_id, type). Two GetOrCreateSignal calls for one
	// signal both miss and both INSERT; the loser gets the signals PRIMARY KEY
	// (execution_project, execution_domain, execution_name, signal_id) violation -> AlreadyExists.
	tx := s.db.WithContext(ctx).FirstOrCreate(&input, input) // race
	if tx.Error != nil {
		return s.errorTransformer.ToFlyteAdminError(tx.Error)
	}
	return nil
}

// Update sets the value field on the specified signal model (signal_repo.go:81)
func (s *SignalRepo) Update(ctx context.Context, input models.SignalKey, value []byte) error {
	signal := models.Signal{
		SignalKey: input,
		Value:     value,
	}

	tx := s.db.WithContext(ctx).Model(&signal).Select("value").Updates(signal)
	if tx.Error != nil {
		return s.errorTransformer.ToFlyteAdminError(tx.Error)
	}
	if tx.RowsAffected == 0 {
		return adminerrors.NewFlyteAdminError(codes.NotFound, "signal does not exist")
	}
	return nil
}

// Returns an instance of SignalRepoInterface
func NewSignalRepo(
	db *gorm.DB, errorTransformer flyteAdminDbErrors.ErrorTransformer) interfaces.SignalRepoInterface {
	return &SignalRepo{
		db:               db,
		errorTransformer: errorTransformer,
	}
}
