package services

import (
	"context"
	"encoding/json"
	"errors"
	"time"

	"example.com/heldout/convoy/api/models"
	"example.com/heldout/convoy/datastore"
	"example.com/heldout/convoy/internal/pkg/license"
	log "example.com/heldout/convoy/pkg/logger"
	"example.com/heldout/convoy/third_party/null"
	"example.com/heldout/convoy/third_party/ulid"
	"example.com/heldout/convoy/util"
)

var (
	ErrInvalidSubscriptionFilterFormat = errors.New("invalid subscription filter format")
	ErrCreateSubscriptionError         = errors.New("failed to create subscription")
)

type CreateSubscriptionService struct {
	SubRepo         datastore.SubscriptionRepository
	EndpointRepo    datastore.EndpointRepository
	SourceRepo      datastore.SourceRepository
	Project         *datastore.Project
	NewSubscription *models.CreateSubscription
	Licenser        license.Licenser
	Logger          log.Logger
}

func NewCreateSubscriptionService(
	subRepo datastore.SubscriptionRepository,
	endpointRepo datastore.EndpointRepository,
	sourceRepo datastore.SourceRepository,
	project *datastore.Project,
	newSubscription *models.CreateSubscription,
	licenser license.Licenser,
	logger log.Logger,
) *CreateSubscriptionService {
	return &CreateSubscriptionService{
		SubRepo:         subRepo,
		EndpointRepo:    endpointRepo,
		SourceRepo:      sourceRepo,
		Project:         project,
		NewSubscription: newSubscription,
		Licenser:        licenser,
		Logger:          logger,
	}
}

func (s *CreateSubscriptionService) Run(ctx context.Context) (*datastore.Subscription, error) {
	endpoint, err := s.findEndpoint(ctx, s.NewSubscription.AppID, s.NewSubscription.EndpointID)
	if err != nil {
		s.Logger.ErrorContext(ctx, "failed to find endpoint by id", "error", err)
		return nil, &ServiceError{ErrMsg: "failed to find endpoint by id", Err: err}
	}

	if endpoint.ProjectID != s.Project.UID {
		return nil, &ServiceError{ErrMsg: "endpoint does not belong to project"}
	}

	if s.Project.Type == datastore.IncomingProject {
		if util.IsStringEmpty(s.NewSubscription.SourceID) {
			return nil, &ServiceError{ErrMsg: "source_id is required for incoming projects"}
		}
		_, err = s.SourceRepo.FindSourceByID(ctx, s.Project.UID, s.NewSubscription.SourceID)
		if err != nil {
			s.Logger.ErrorContext(ctx, "failed to find source by id", "error", err)
			return nil, &ServiceError{ErrMsg: "failed to find source by id"}
		}
	}

	if s.Project.Type == datastore.OutgoingProject && !s.Project.Config.MultipleEndpointSubscriptions {
		count, err := s.SubRepo.CountEndpointSubscriptions(ctx, s.Project.UID, endpoint.UID, "") // race; no unique key: subscriptions has only PRIMARY KEY (id) (sql/1677078479.sql:310) and non-unique indexes (sql/1717504961.sql:7-18); nothing on (project_id, endpoint_id)
		if err != nil {
			s.Logger.ErrorContext(ctx, "failed to count endpoint subscriptions", "error", err)
			return nil, &ServiceError{ErrMsg: "failed to count endpoint subscriptions"}
		}

		if count > 0 {
			return nil, &ServiceError{ErrMsg: "a subscription for this endpoint already exists"}
		}
	}

	subscription := &datastore.Subscription{
		UID:          ulid.Make().String(),
		ProjectID:    s.Project.UID,
		Name:         s.NewSubscription.Name,
		Type:         datastore.SubscriptionTypeAPI,
		SourceID:     s.NewSubscription.SourceID,
		EndpointID:   s.NewSubscription.EndpointID,
		DeliveryMode: s.NewSubscription.DeliveryMode,

		CreatedAt: time.Now(),
		UpdatedAt: time.Now(),
	}

	// Set default delivery mode if empty
	if subscription.DeliveryMode == "" {
		subscription.DeliveryMode = datastore.AtLeastOnceDeliveryMode
	} else if subscription.DeliveryMode != datastore.AtLeastOnceDeliveryMode && subscription.DeliveryMode != datastore.AtMostOnceDeliveryMode {
		return nil, &ServiceError{ErrMsg: "invalid delivery mode value, must be either 'at_least_once' or 'at_most_once'"}
	}

	// (upstream: FilterConfig from the request when Licenser.AdvancedSubscriptions())

	if s.Licenser.Transformations() {
		subscription.Function = null.StringFrom(s.NewSubscription.Function)
	}

	if subscription.FilterConfig == nil {
		subscription.FilterConfig = &datastore.FilterConfiguration{}
	}

	if len(subscription.FilterConfig.EventTypes) == 0 {
		subscription.FilterConfig.EventTypes = []string{"*"}
	}

	if !filterSchemaHasConditions(subscription.FilterConfig.Filter) {
		subscription.FilterConfig.Filter = emptyFilterSchema()
	} else {
		// validate that the filter is a json string
		_, err = json.Marshal(subscription.FilterConfig.Filter)
		if err != nil {
			s.Logger.ErrorContext(ctx, ErrInvalidSubscriptionFilterFormat.Error(), "error", err)
			return nil, &ServiceError{ErrMsg: ErrInvalidSubscriptionFilterFormat.Error()}
		}
	}

	err = s.SubRepo.CreateSubscription(ctx, s.Project.UID, subscription)
	if err != nil {
		s.Logger.ErrorContext(ctx, ErrCreateSubscriptionError.Error(), "error", err)
		return nil, &ServiceError{ErrMsg: ErrCreateSubscriptionError.Error()}
	}

	return subscription, nil
}

func (s *CreateSubscriptionService) findEndpoint(ctx context.Context, appID, endpointID string) (*datastore.Endpoint, error) {
	// (upstream: when appID is set, FindEndpointsByAppID and pick endpointID among them; not reproduced)
	endpoint, err := s.EndpointRepo.FindEndpointByID(ctx, endpointID, s.Project.UID)
	if err != nil {
		return nil, err
	}

	return endpoint, nil
}

func filterSchemaHasConditions(filter datastore.FilterSchema) bool {
	return len(filter.Body) > 0 || len(filter.Headers) > 0 || len(filter.Query) > 0 || len(filter.Path) > 0
}

func emptyFilterSchema() datastore.FilterSchema {
	return datastore.FilterSchema{
		Headers:    datastore.M{},
		Body:       datastore.M{},
		Query:      datastore.M{},
		Path:       datastore.M{},
		RawHeaders: datastore.M{},
		RawBody:    datastore.M{},
		RawQuery:   datastore.M{},
		RawPath:    datastore.M{},
	}
}
