package services

import (
	"context"
	"errors"
	"time"

	"example.com/heldout/convoy/datastore"
	log "example.com/heldout/convoy/pkg/logger"
	"example.com/heldout/convoy/queue"
	"example.com/heldout/convoy/third_party/ulid"
)

type BatchRetryEventDeliveryService struct {
	BatchRetryRepo    datastore.BatchRetryRepository
	EventDeliveryRepo datastore.EventDeliveryRepository
	Queue             queue.Queuer
	Filter            *datastore.Filter
	ProjectID         string
	Logger            log.Logger
}

func (e *BatchRetryEventDeliveryService) Run(ctx context.Context) error {
	// Check if there's an active batch retry
	activeRetry, err := e.BatchRetryRepo.FindActiveBatchRetry(ctx, e.ProjectID) // race; no unique key: batch_retries has only PRIMARY KEY (id) and non-unique idx_batch_retries_project_id / idx_batch_retries_status (sql/1746876407.sql:5,22-23)
	if err != nil && !errors.Is(err, datastore.ErrBatchRetryNotFound) {
		e.Logger.ErrorContext(ctx, "failed to check for active batch retry", "error", err)
		return &ServiceError{ErrMsg: "failed to check for active batch retry", Err: err}
	}

	if activeRetry != nil {
		return &ServiceError{ErrMsg: "an active batch retry already exists"}
	}

	// Count total events
	count, err := e.EventDeliveryRepo.CountEventDeliveries(ctx, e.ProjectID, e.Filter.EndpointIDs, e.Filter.EventID, e.Filter.Status, e.Filter.SearchParams)
	if err != nil {
		e.Logger.ErrorContext(ctx, "failed to count events", "error", err)
		return &ServiceError{ErrMsg: "failed to count events", Err: err}
	}

	// Create a batch retry record
	batchRetry := &datastore.BatchRetry{
		ID:              ulid.Make().String(),
		ProjectID:       e.ProjectID,
		Status:          datastore.BatchRetryStatusPending,
		TotalEvents:     int(count),
		Filter:          datastore.FromFilterStruct(*e.Filter),
		ProcessedEvents: 0,
		FailedEvents:    0,
		CreatedAt:       time.Now(),
		UpdatedAt:       time.Now(),
	}

	err = e.BatchRetryRepo.CreateBatchRetry(ctx, batchRetry)
	if err != nil {
		e.Logger.ErrorContext(ctx, "failed to create batch retry", "error", err)
		return &ServiceError{ErrMsg: "failed to create batch retry", Err: err}
	}

	// (upstream: msgpack-encodes the batch retry and queues it on BatchRetryQueue for the worker; not reproduced)
	_ = e.Queue

	return nil
}
