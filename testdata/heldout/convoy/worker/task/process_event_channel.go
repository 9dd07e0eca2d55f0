package task

import (
	"context"
	"encoding/json"

	"example.com/heldout/convoy/api/models"
	"example.com/heldout/convoy/datastore"
)

// EventChannelMetadata / EventChannelSubResponse (process_event_channel.go),
// reduced. ProcessEventCreationByChannel (process_event_channel.go:115) runs
// channel.MatchSubscriptions for every CreateEventProcessor /
// CreateDynamicEventProcessor task taken off the CreateEventQueue; workers
// (and the goroutines inside one worker) take tasks concurrently.
type EventChannelMetadata struct {
	Event *datastore.Event
}

type EventChannelSubResponse struct {
	Event         *datastore.Event
	Project       *datastore.Project
	Subscriptions []datastore.Subscription
}

type DefaultEventChannel struct{}

// MatchSubscriptions (process_event_creation.go:197), reduced to the
// subscription lookup / auto-provisioning.
func (d *DefaultEventChannel) MatchSubscriptions(ctx context.Context, metadata EventChannelMetadata, args EventChannelArgs) (*EventChannelSubResponse, error) {
	project, err := args.projectRepo.FetchProjectByID(ctx, metadata.Event.ProjectID)
	if err != nil {
		return nil, &EndpointError{Err: err, delay: defaultDelay}
	}

	var createSubscription bool
	if metadata.Event.Metadata != "" {
		var m map[string]string
		if err := json.Unmarshal([]byte(metadata.Event.Metadata), &m); err != nil {
			return nil, &EndpointError{Err: err, delay: defaultDelay}
		}
		createSubscription = m["createSubscription"] == "true"
	}

	subscriptions, err := findSubscriptions(ctx, args.endpointRepo, args.subRepo, args.filterRepo, args.licenser, project, metadata.Event, createSubscription, args.logger)
	if err != nil {
		return nil, &EndpointError{Err: err, delay: defaultDelay}
	}

	return &EventChannelSubResponse{Event: metadata.Event, Project: project, Subscriptions: subscriptions}, nil
}

type DynamicEventChannel struct{}

// MatchSubscriptions (process_dynamic_event_creation.go:129), reduced to the
// endpoint and subscription resolution.
func (d *DynamicEventChannel) MatchSubscriptions(ctx context.Context, metadata EventChannelMetadata, args EventChannelArgs) (*EventChannelSubResponse, error) {
	project, err := args.projectRepo.FetchProjectByID(ctx, metadata.Event.ProjectID)
	if err != nil {
		return nil, &EndpointError{Err: err, delay: defaultDelay}
	}

	var dynamicEvent models.DynamicEvent
	var m map[string]string
	if err := json.Unmarshal([]byte(metadata.Event.Metadata), &m); err != nil {
		return nil, &EndpointError{Err: err, delay: defaultDelay}
	}
	if err := json.Unmarshal([]byte(m["dynamicPayload"]), &dynamicEvent); err != nil {
		return nil, &EndpointError{Err: err, delay: defaultDelay}
	}

	endpoint, err := findEndpoint(ctx, project, args, &dynamicEvent)
	if err != nil {
		return nil, err
	}

	s, err := findDynamicSubscription(ctx, &dynamicEvent, args.subRepo, project, endpoint)
	if err != nil {
		return nil, err
	}

	return &EventChannelSubResponse{Event: metadata.Event, Project: project, Subscriptions: []datastore.Subscription{*s}}, nil
}
