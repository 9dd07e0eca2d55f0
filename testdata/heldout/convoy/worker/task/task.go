package task

import (
	"time"

	"example.com/heldout/convoy/datastore"
	"example.com/heldout/convoy/internal/pkg/license"
	log "example.com/heldout/convoy/pkg/logger"
)

// defaultDelay (task.go)
const defaultDelay = 10 * time.Second

type EndpointError struct {
	delay time.Duration
	Err   error
}

func (e *EndpointError) Error() string {
	return e.Err.Error()
}

func (e *EndpointError) Delay() time.Duration {
	return e.delay
}

// EventChannelArgs (process_event_channel.go:51), reduced to the
// repositories the reproduced functions use.
type EventChannelArgs struct {
	eventRepo    datastore.EventRepository
	projectRepo  datastore.ProjectRepository
	endpointRepo datastore.EndpointRepository
	subRepo      datastore.SubscriptionRepository
	filterRepo   datastore.FilterRepository
	licenser     license.Licenser
	logger       log.Logger
}

// HTTP_TIMEOUT is convoy.HTTP_TIMEOUT (type.go).
const HTTP_TIMEOUT = 30
