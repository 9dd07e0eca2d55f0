package task

import (
	"context"
	"fmt"
	"time"

	"example.com/heldout/convoy/datastore"
	"example.com/heldout/convoy/internal/pkg/license"
	log "example.com/heldout/convoy/pkg/logger"
	"example.com/heldout/convoy/third_party/ulid"
)

func findSubscriptions(ctx context.Context, endpointRepo datastore.EndpointRepository,
	subRepo datastore.SubscriptionRepository, filterRepo datastore.FilterRepository, licenser license.Licenser, project *datastore.Project, event *datastore.Event, shouldCreateSubscription bool, logger log.Logger,
) ([]datastore.Subscription, error) {
	var subscriptions []datastore.Subscription
	var err error

	switch project.Type {
	case datastore.OutgoingProject:
		for _, endpointID := range event.Endpoints {
			var endpoint *datastore.Endpoint

			endpoint, err = endpointRepo.FindEndpointByID(ctx, endpointID, project.UID)
			if err != nil {
				return subscriptions, &EndpointError{Err: err, delay: defaultDelay}
			}

			subs, innerErr := subRepo.FindSubscriptionsByEndpointID(ctx, project.UID, endpoint.UID) // race; no unique key: subscriptions has only PRIMARY KEY (id) (sql/1677078479.sql:310); nothing on (project_id, endpoint_id)
			if innerErr != nil {
				return subscriptions, &EndpointError{Err: fmt.Errorf("error fetching subscriptions for event type"), delay: defaultDelay}
			}

			if len(subs) == 0 && shouldCreateSubscription {
				genSubs := generateSubscription(project, endpoint)
				createSubErr := subRepo.CreateSubscription(ctx, project.UID, genSubs)
				if createSubErr != nil {
					return subscriptions, &EndpointError{Err: fmt.Errorf("error creating subscription for endpoint: %v", createSubErr), delay: defaultDelay}
				}

				subscriptions = append(subscriptions, *genSubs)
				// Keep iterating: an event can resolve to several endpoints (app_id
				// addressing), and every subscription-less endpoint must get its
				// catch-all subscription, not just the first one.
				continue
			}

			// (upstream: matchSubscriptions / matchSubscriptionsUsingFilter filter subs by event type and payload; not reproduced)
			matchedSubs := subs

			subscriptions = append(subscriptions, matchedSubs...)
		}
	case datastore.IncomingProject:
		// (upstream: FindSubscriptionsBySourceID + matching; not reproduced)
	}

	return subscriptions, nil
}

func generateSubscription(project *datastore.Project, endpoint *datastore.Endpoint) *datastore.Subscription {
	return &datastore.Subscription{
		ProjectID:  project.UID,
		UID:        ulid.Make().String(),
		Name:       fmt.Sprintf("%s-subscription", endpoint.Name),
		Type:       datastore.SubscriptionTypeAPI,
		EndpointID: endpoint.UID,
		FilterConfig: &datastore.FilterConfiguration{
			EventTypes: []string{"*"},
			Filter: datastore.FilterSchema{
				Headers: datastore.M{},
				Body:    datastore.M{},
			},
		},
		CreatedAt: time.Now(),
		UpdatedAt: time.Now(),
	}
}
