package subscriptions

import (
	"context"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"

	"example.com/heldout/convoy/database"
	"example.com/heldout/convoy/datastore"
	"example.com/heldout/convoy/internal/common"
	"example.com/heldout/convoy/internal/subscriptions/repo"
	log "example.com/heldout/convoy/pkg/logger"
	"example.com/heldout/convoy/third_party/ulid"
	"github.com/jackc/pgx/v5/pgxpool"
)

var (
	ErrSubscriptionNotCreated = errors.New("subscription could not be created")
	ErrSubscriptionNotUpdated = errors.New("subscription could not be updated")
	ErrSubscriptionNotDeleted = errors.New("subscription could not be deleted")
)

// ServiceError represents an error that occurs during service operations
type ServiceError struct {
	ErrMsg string
	Err    error
}

func (s *ServiceError) Error() string {
	return s.ErrMsg
}

func (s *ServiceError) Unwrap() error {
	return s.Err
}

// Service implements the SubscriptionRepository using SQLc-generated queries
type Service struct {
	logger log.Logger
	repo   repo.Querier
	db     *pgxpool.Pool
}

// Ensure Service implements datastore.SubscriptionRepository at compile time
var _ datastore.SubscriptionRepository = (*Service)(nil)

// New creates a new Subscription Service
func New(logger log.Logger, db database.Database) *Service {
	return &Service{
		logger: logger,
		repo:   repo.New(db.GetConn()),
		db:     db.GetConn(),
	}
}

// ============================================================================
// CREATE Operations
// ============================================================================

func (s *Service) CreateSubscription(ctx context.Context, projectID string, subscription *datastore.Subscription) error {
	if projectID != subscription.ProjectID {
		return datastore.ErrNotAuthorisedToAccessDocument
	}

	// Begin transaction
	tx, err := s.db.Begin(ctx)
	if err != nil {
		s.logger.Error("failed to start transaction", "error", err)
		return &ServiceError{ErrMsg: "failed to create subscription", Err: err}
	}
	defer tx.Rollback(ctx)

	qtx := repo.New(tx)

	err = s.createSubscriptionInTx(ctx, qtx, subscription)
	if err != nil {
		return err
	}

	// Commit transaction
	err = tx.Commit(ctx)
	if err != nil {
		s.logger.Error("failed to commit transaction", "error", err)
		return &ServiceError{ErrMsg: "failed to create subscription", Err: err}
	}

	return nil
}

func (s *Service) FindOrCreateDynamicSubscription(ctx context.Context, projectID string, subscription *datastore.Subscription) (*datastore.Subscription, error) {
	if projectID != subscription.ProjectID {
		return nil, datastore.ErrNotAuthorisedToAccessDocument
	}

	tx, err := s.db.Begin(ctx)
	if err != nil {
		s.logger.Error("failed to start transaction", "error", err)
		return nil, &ServiceError{ErrMsg: "failed to create subscription", Err: err}
	}
	defer tx.Rollback(ctx)

	_, err = tx.Exec(ctx, "SELECT pg_advisory_xact_lock(hashtextextended($1, 0))", "dynamic-subscription:"+projectID+":"+subscription.EndpointID)
	if err != nil {
		s.logger.Error("failed to acquire dynamic subscription lock", "error", err)
		return nil, &ServiceError{ErrMsg: "failed to create subscription", Err: err}
	}

	qtx := repo.New(tx)
	rows, err := qtx.FetchSubscriptionsByEndpointID(ctx, repo.FetchSubscriptionsByEndpointIDParams{ // safe: pg_advisory_xact_lock(hashtextextended("dynamic-subscription:"+projectID+":"+endpointID)) is taken in the same transaction before the lookup and held until commit
		ProjectID:  projectID,
		EndpointID: common.StringToPgTextNullable(subscription.EndpointID),
	})
	if err != nil {
		if !errors.Is(err, pgx.ErrNoRows) {
			s.logger.Error("failed to fetch subscriptions by endpoint ID", "error", err)
			return nil, &ServiceError{ErrMsg: "failed to fetch subscriptions", Err: err}
		}
	}
	if len(rows) > 0 {
		existing, innerErr := rowToSubscription(rows[0])
		if innerErr != nil {
			return nil, &ServiceError{ErrMsg: "failed to fetch subscriptions", Err: innerErr}
		}
		if commitErr := tx.Commit(ctx); commitErr != nil {
			s.logger.Error("failed to commit transaction", "error", commitErr)
			return nil, &ServiceError{ErrMsg: "failed to create subscription", Err: commitErr}
		}
		return existing, nil
	}

	err = s.createSubscriptionInTx(ctx, qtx, subscription)
	if err != nil {
		return nil, err
	}

	if err = tx.Commit(ctx); err != nil {
		s.logger.Error("failed to commit transaction", "error", err)
		return nil, &ServiceError{ErrMsg: "failed to create subscription", Err: err}
	}

	return subscription, nil
}

func (s *Service) createSubscriptionInTx(ctx context.Context, qtx repo.Querier, subscription *datastore.Subscription) error {
	ac := subscription.GetAlertConfig()
	rc := subscription.GetRetryConfig()
	fc := subscription.GetFilterConfig()
	rlc := subscription.GetRateLimitConfig()

	// Flatten filter configs
	err := fc.Filter.Body.Flatten()
	if err != nil {
		return fmt.Errorf("failed to flatten body filter: %v", err)
	}

	err = fc.Filter.Headers.Flatten()
	if err != nil {
		return fmt.Errorf("failed to flatten header filter: %v", err)
	}

	err = fc.Filter.Query.Flatten()
	if err != nil {
		return fmt.Errorf("failed to flatten query filter: %v", err)
	}

	err = fc.Filter.Path.Flatten()
	if err != nil {
		return fmt.Errorf("failed to flatten path filter: %v", err)
	}

	fc.Filter.IsFlattened = true

	// Prepare parameters
	alertCount, alertThreshold := alertConfigToParams(&ac)
	retryType, retryDuration, retryRetryCount := retryConfigToParams(&rc)
	filterParams := filterConfigToParams(&fc)
	rateLimitCount, rateLimitDuration := rateLimitConfigToParams(&rlc)

	// Create subscription
	err = qtx.CreateSubscription(ctx, repo.CreateSubscriptionParams{
		ID:                            subscription.UID,
		Name:                          subscription.Name,
		Type:                          string(subscription.Type),
		ProjectID:                     subscription.ProjectID,
		EndpointID:                    common.StringToPgTextNullable(subscription.EndpointID),
		SourceID:                      common.StringToPgTextNullable(subscription.SourceID),
		AlertConfigCount:              alertCount,
		AlertConfigThreshold:          alertThreshold,
		RetryConfigType:               retryType,
		RetryConfigDuration:           retryDuration,
		RetryConfigRetryCount:         retryRetryCount,
		FilterConfigEventTypes:        filterParams.eventTypes,
		FilterConfigFilterHeaders:     filterParams.headers,
		FilterConfigFilterBody:        filterParams.body,
		FilterConfigFilterQuery:       filterParams.query,
		FilterConfigFilterPath:        filterParams.path,
		FilterConfigFilterIsFlattened: filterParams.isFlattened,
		FilterConfigFilterRawHeaders:  filterParams.rawHeaders,
		FilterConfigFilterRawBody:     filterParams.rawBody,
		FilterConfigFilterRawQuery:    filterParams.rawQuery,
		FilterConfigFilterRawPath:     filterParams.rawPath,
		RateLimitConfigCount:          rateLimitCount,
		RateLimitConfigDuration:       rateLimitDuration,
		Function:                      common.StringToPgTextNullable(subscription.Function.String),
		DeliveryMode:                  common.StringToPgTextNullable(string(subscription.DeliveryMode)),
	})
	if err != nil {
		s.logger.Error("failed to create subscription", "error", err)
		return &ServiceError{ErrMsg: "failed to create subscription", Err: err}
	}

	// Update subscription with raw filters for use in event type insertion
	subscription.FilterConfig.Filter.Headers = subscription.FilterConfig.Filter.RawHeaders
	subscription.FilterConfig.Filter.Body = subscription.FilterConfig.Filter.RawBody
	subscription.FilterConfig.Filter.Query = subscription.FilterConfig.Filter.RawQuery
	subscription.FilterConfig.Filter.Path = subscription.FilterConfig.Filter.RawPath

	// Create event types for each subscription
	eventTypesSlice := make([]repo.UpsertSubscriptionEventTypesParams, len(subscription.FilterConfig.EventTypes))
	for i := range subscription.FilterConfig.EventTypes {
		eventTypesSlice[i] = repo.UpsertSubscriptionEventTypesParams{
			ID:          ulid.Make().String(),
			Name:        subscription.FilterConfig.EventTypes[i],
			ProjectID:   subscription.ProjectID,
			Description: common.StringToPgTextNullable(""),
			Category:    common.StringToPgTextNullable(""),
		}
	}

	// Batch insert event types
	for _, et := range eventTypesSlice {
		err = qtx.UpsertSubscriptionEventTypes(ctx, et) // safe: INSERT ... ON CONFLICT DO NOTHING on idx_event_types_name_project_id (project_id, name)
		if err != nil {
			s.logger.Error("failed to upsert event types", "error", err)
			return &ServiceError{ErrMsg: "failed to create subscription event types", Err: err}
		}
	}

	// Create filters for each event type
	err = qtx.InsertSubscriptionEventTypeFilters(ctx, subscription.UID)
	if err != nil {
		s.logger.Error("failed to insert event type filters", "error", err)
		return &ServiceError{ErrMsg: "failed to create subscription filters", Err: err}
	}

	return nil
}

// ============================================================================
// UPDATE Operations
// ============================================================================

func (s *Service) UpdateSubscription(ctx context.Context, projectID string, subscription *datastore.Subscription) error {
	ac := subscription.GetAlertConfig()
	rc := subscription.GetRetryConfig()
	fc := subscription.GetFilterConfig()
	rlc := subscription.GetRateLimitConfig()

	// Flatten filter configs
	err := fc.Filter.Body.Flatten()
	if err != nil {
		return fmt.Errorf("failed to flatten body filter: %v", err)
	}

	err = fc.Filter.Headers.Flatten()
	if err != nil {
		return fmt.Errorf("failed to flatten header filter: %v", err)
	}

	err = fc.Filter.Query.Flatten()
	if err != nil {
		return fmt.Errorf("failed to flatten query filter: %v", err)
	}

	err = fc.Filter.Path.Flatten()
	if err != nil {
		return fmt.Errorf("failed to flatten path filter: %v", err)
	}

	fc.Filter.IsFlattened = true

	// Begin transaction
	tx, err := s.db.Begin(ctx)
	if err != nil {
		s.logger.Error("failed to start transaction", "error", err)
		return &ServiceError{ErrMsg: "failed to update subscription", Err: err}
	}
	defer tx.Rollback(ctx)

	qtx := repo.New(tx)

	// Prepare parameters
	alertCount, alertThreshold := alertConfigToParams(&ac)
	retryType, retryDuration, retryRetryCount := retryConfigToParams(&rc)
	filterParams := filterConfigToParams(&fc)
	rateLimitCount, rateLimitDuration := rateLimitConfigToParams(&rlc)

	// Update subscription
	result, err := qtx.UpdateSubscription(ctx, repo.UpdateSubscriptionParams{
		ID:                            subscription.UID,
		ProjectID:                     projectID,
		Name:                          subscription.Name,
		EndpointID:                    common.StringToPgTextNullable(subscription.EndpointID),
		SourceID:                      common.StringToPgTextNullable(subscription.SourceID),
		AlertConfigCount:              alertCount,
		AlertConfigThreshold:          alertThreshold,
		RetryConfigType:               retryType,
		RetryConfigDuration:           retryDuration,
		RetryConfigRetryCount:         retryRetryCount,
		FilterConfigEventTypes:        filterParams.eventTypes,
		FilterConfigFilterHeaders:     filterParams.headers,
		FilterConfigFilterBody:        filterParams.body,
		FilterConfigFilterQuery:       filterParams.query,
		FilterConfigFilterPath:        filterParams.path,
		FilterConfigFilterIsFlattened: filterParams.isFlattened,
		FilterConfigFilterRawHeaders:  filterParams.rawHeaders,
		FilterConfigFilterRawBody:     filterParams.rawBody,
		FilterConfigFilterRawQuery:    filterParams.rawQuery,
		FilterConfigFilterRawPath:     filterParams.rawPath,
		RateLimitConfigCount:          rateLimitCount,
		RateLimitConfigDuration:       rateLimitDuration,
		Function:                      common.StringToPgTextNullable(subscription.Function.String),
		DeliveryMode:                  common.StringToPgTextNullable(string(subscription.DeliveryMode)),
	})
	if err != nil {
		s.logger.Error("failed to update subscription", "error", err)
		return &ServiceError{ErrMsg: "failed to update subscription", Err: err}
	}

	rowsAffected := result.RowsAffected()
	if rowsAffected < 1 {
		return datastore.ErrSubscriptionNotFound
	}

	// Update subscription with raw filters
	subscription.FilterConfig.Filter.Headers = subscription.FilterConfig.Filter.RawHeaders
	subscription.FilterConfig.Filter.Body = subscription.FilterConfig.Filter.RawBody

	// Create event types for each subscription
	eventTypesSlice := make([]repo.UpsertSubscriptionEventTypesParams, len(subscription.FilterConfig.EventTypes))
	for i := range subscription.FilterConfig.EventTypes {
		eventTypesSlice[i] = repo.UpsertSubscriptionEventTypesParams{
			ID:          ulid.Make().String(),
			Name:        subscription.FilterConfig.EventTypes[i],
			ProjectID:   subscription.ProjectID,
			Description: common.StringToPgTextNullable(""),
			Category:    common.StringToPgTextNullable(""),
		}
	}

	// Batch insert event types
	for _, et := range eventTypesSlice {
		err = qtx.UpsertSubscriptionEventTypes(ctx, et)
		if err != nil {
			s.logger.Error("failed to upsert event types", "error", err)
			return &ServiceError{ErrMsg: "failed to update subscription event types", Err: err}
		}
	}

	// Delete filters when they are removed from the subscription
	err = qtx.DeleteSubscriptionEventTypes(ctx, subscription.UID)
	if err != nil {
		s.logger.Error("failed to delete old event type filters", "error", err)
		return &ServiceError{ErrMsg: "failed to delete old subscription filters", Err: err}
	}

	// Create filters for each event type
	err = qtx.InsertSubscriptionEventTypeFilters(ctx, subscription.UID)
	if err != nil {
		s.logger.Error("failed to insert event type filters", "error", err)
		return &ServiceError{ErrMsg: "failed to create subscription filters", Err: err}
	}

	// Commit transaction
	err = tx.Commit(ctx)
	if err != nil {
		s.logger.Error("failed to commit transaction", "error", err)
		return &ServiceError{ErrMsg: "failed to update subscription", Err: err}
	}

	return nil
}

func (s *Service) FindSubscriptionsByEndpointID(ctx context.Context, projectID, endpointID string) ([]datastore.Subscription, error) {
	rows, err := s.repo.FetchSubscriptionsByEndpointID(ctx, repo.FetchSubscriptionsByEndpointIDParams{
		ProjectID:  projectID,
		EndpointID: common.StringToPgTextNullable(endpointID),
	})
	if err != nil {
		if errors.Is(err, pgx.ErrNoRows) {
			return nil, datastore.ErrSubscriptionNotFound
		}
		s.logger.Error("failed to fetch subscriptions by endpoint ID", "error", err)
		return nil, &ServiceError{ErrMsg: "failed to fetch subscriptions", Err: err}
	}

	subscriptions := make([]datastore.Subscription, 0, len(rows))
	for _, row := range rows {
		sub, err := rowToSubscription(row)
		if err != nil {
			continue
		}
		if sub != nil {
			subscriptions = append(subscriptions, *sub)
		}
	}

	return subscriptions, nil
}

func (s *Service) CountEndpointSubscriptions(ctx context.Context, projectID, endpointID, subscriptionID string) (int64, error) {
	count, err := s.repo.CountEndpointSubscriptions(ctx, repo.CountEndpointSubscriptionsParams{
		ProjectID:             projectID,
		EndpointID:            common.StringToPgTextNullable(endpointID),
		ExcludeSubscriptionID: subscriptionID,
	})
	if err != nil {
		s.logger.Error("failed to count endpoint subscriptions", "error", err)
		return 0, &ServiceError{ErrMsg: "failed to count endpoint subscriptions", Err: err}
	}

	return count, nil
}

func (s *Service) FindSubscriptionByID(ctx context.Context, projectID, subscriptionID string) (*datastore.Subscription, error) {
	row, err := s.repo.FetchSubscriptionByID(ctx, repo.FetchSubscriptionByIDParams{
		ID:        subscriptionID,
		ProjectID: projectID,
	})
	if err != nil {
		if errors.Is(err, pgx.ErrNoRows) {
			return nil, datastore.ErrSubscriptionNotFound
		}
		s.logger.Error("failed to fetch subscription by ID", "error", err)
		return nil, &ServiceError{ErrMsg: "failed to fetch subscription", Err: err}
	}

	return rowToSubscription(row)
}
