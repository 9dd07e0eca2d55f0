package task

import (
	"context"
	"errors"
	"fmt"
	"time"

	"example.com/heldout/convoy/api/models"
	"example.com/heldout/convoy/datastore"
	"example.com/heldout/convoy/third_party/ulid"
	"example.com/heldout/convoy/util"
)

func findEndpoint(ctx context.Context, project *datastore.Project, args EventChannelArgs, dynamicEvent *models.DynamicEvent) (*datastore.Endpoint, error) {
	// (upstream: rejects URL templates; not reproduced)

	endpoint, err := args.endpointRepo.FindEndpointByTargetURL(ctx, project.UID, dynamicEvent.URL) // race; no unique key: endpoints has only PRIMARY KEY (id) (sql/1677078479.sql:97); the one unique constraint (title, project_id, deleted_at) went with the title column (sql/1692024707.sql:4-10, sql/1709729972.sql:32); nothing on (project_id, url)
	if err == nil {
		return endpoint, nil
	}

	switch {
	case errors.Is(err, datastore.ErrEndpointNotFound):
		// (upstream: when endpoint URL templates are enabled, a matching templated
		// endpoint is returned instead, or strict projects reject the URL; not reproduced)

		uid := ulid.Make().String()
		endpoint = &datastore.Endpoint{
			UID:                uid,
			ProjectID:          project.UID,
			Name:               fmt.Sprintf("endpoint-%s", uid),
			Url:                dynamicEvent.URL,
			HttpTimeout:        HTTP_TIMEOUT,
			AdvancedSignatures: true,
			Status:             datastore.ActiveEndpointStatus,
			CreatedAt:          time.Now(),
			UpdatedAt:          time.Now(),
		}

		sc := dynamicEvent.Secret
		if util.IsStringEmpty(sc) {
			sc, err = util.GenerateSecret()
			if err != nil {
				return nil, &EndpointError{Err: err, delay: 10 * time.Second}
			}
		}

		endpoint.Secrets = []datastore.Secret{
			{
				UID:       ulid.Make().String(),
				Value:     sc,
				CreatedAt: time.Now(),
				UpdatedAt: time.Now(),
			},
		}

		err = args.endpointRepo.CreateEndpoint(ctx, endpoint, project.UID)
		if err != nil {
			args.logger.Error("failed to create endpoint", "error", err)
			return nil, &EndpointError{Err: err, delay: 10 * time.Second}
		}

		return endpoint, nil
	default:
		return nil, &EndpointError{Err: err, delay: 10 * time.Second}
	}
}

func findDynamicSubscription(ctx context.Context, dynamicEvent *models.DynamicEvent,
	subRepo datastore.SubscriptionRepository, project *datastore.Project, endpoint *datastore.Endpoint) (*datastore.Subscription, error) {
	subscriptions, err := subRepo.FindSubscriptionsByEndpointID(ctx, project.UID, endpoint.UID) // safe: not-found goes to FindOrCreateDynamicSubscription, which re-reads under a per-(project, endpoint) advisory transaction lock

	var subscription *datastore.Subscription

	if len(subscriptions) == 0 && err == nil {
		err = datastore.ErrSubscriptionNotFound
	}

	switch {
	case err == nil:
		subscription = &subscriptions[0]
		err = syncDynamicSubscriptionEventTypes(ctx, dynamicEvent, subRepo, project, subscription)
		if err != nil {
			return nil, err
		}
	case errors.Is(err, datastore.ErrSubscriptionNotFound):
		// A brand-new dynamic subscription needs a catch-all filter so future
		// (non-dynamic) events to this endpoint still match when the caller did not
		// specify event_types. Callers that supply explicit event_types keep them.
		newSubEventTypes := dynamicEvent.EventTypes
		if len(newSubEventTypes) == 0 {
			newSubEventTypes = []string{"*"}
		}
		subscription = &datastore.Subscription{
			UID:        ulid.Make().String(),
			ProjectID:  project.UID,
			Name:       fmt.Sprintf("dynamic-subscription-%s", endpoint.UID),
			Type:       datastore.SubscriptionTypeAPI,
			EndpointID: endpoint.UID,
			FilterConfig: &datastore.FilterConfiguration{
				EventTypes: newSubEventTypes,
			},
			RetryConfig:     &datastore.DefaultRetryConfig,
			AlertConfig:     &datastore.DefaultAlertConfig,
			RateLimitConfig: &datastore.DefaultRateLimitConfig,

			CreatedAt: time.Now(),
			UpdatedAt: time.Now(),
		}

		subscription, err = subRepo.FindOrCreateDynamicSubscription(ctx, project.UID, subscription)
		if err != nil {
			return nil, &EndpointError{Err: err, delay: 10 * time.Second}
		}
		err = syncDynamicSubscriptionEventTypes(ctx, dynamicEvent, subRepo, project, subscription)
		if err != nil {
			return nil, err
		}
	default:
		return nil, &EndpointError{Err: err, delay: 10 * time.Second}
	}

	return subscription, nil
}

func syncDynamicSubscriptionEventTypes(ctx context.Context, dynamicEvent *models.DynamicEvent,
	subRepo datastore.SubscriptionRepository, project *datastore.Project, subscription *datastore.Subscription) error {
	if len(dynamicEvent.EventTypes) == 0 {
		return nil
	}

	if subscription.FilterConfig == nil {
		subscription.FilterConfig = &datastore.FilterConfiguration{}
	}
	subscription.FilterConfig.EventTypes = dynamicEvent.EventTypes

	err := subRepo.UpdateSubscription(ctx, project.UID, subscription)
	if err != nil {
		return &EndpointError{Err: err, delay: 10 * time.Second}
	}

	return nil
}
