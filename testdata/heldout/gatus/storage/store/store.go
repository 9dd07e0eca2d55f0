// Package store reproduces upstream storage/store/store.go, reduced to the write-side methods.
package store

import (
	"time"

	"example.com/heldout/gatus/alerting/alert"
	"example.com/heldout/gatus/config/endpoint"
	"example.com/heldout/gatus/config/suite"
	"example.com/heldout/gatus/storage"
	"example.com/heldout/gatus/storage/store/memory"
	"example.com/heldout/gatus/storage/store/sql"
	"example.com/heldout/gatus/third_party/logr"
)

// Store is the interface that each store should implement (upstream store.go:18)
type Store interface {
	// InsertEndpointResult adds the observed result for the specified endpoint into the store
	InsertEndpointResult(ep *endpoint.Endpoint, result *endpoint.Result) error

	// InsertSuiteResult adds the observed result for the specified suite into the store
	InsertSuiteResult(s *suite.Suite, result *suite.Result) error

	// DeleteAllEndpointStatusesNotInKeys removes all Status that are not within the keys provided
	DeleteAllEndpointStatusesNotInKeys(keys []string) int

	// DeleteAllSuiteStatusesNotInKeys removes all suite statuses that are not within the keys provided
	DeleteAllSuiteStatusesNotInKeys(keys []string) int

	// GetTriggeredEndpointAlert returns whether the triggered alert for the specified endpoint as well as the necessary information to resolve it
	GetTriggeredEndpointAlert(ep *endpoint.Endpoint, alert *alert.Alert) (exists bool, resolveKey string, numberOfSuccessesInARow int, err error)

	// UpsertTriggeredEndpointAlert inserts/updates a triggered alert for an endpoint
	UpsertTriggeredEndpointAlert(ep *endpoint.Endpoint, triggeredAlert *alert.Alert) error

	// DeleteTriggeredEndpointAlert deletes a triggered alert for an endpoint
	DeleteTriggeredEndpointAlert(ep *endpoint.Endpoint, triggeredAlert *alert.Alert) error

	// DeleteAllTriggeredAlertsNotInChecksumsByEndpoint removes all triggered alerts owned by an endpoint whose alert
	// configurations are not provided in the checksums list.
	DeleteAllTriggeredAlertsNotInChecksumsByEndpoint(ep *endpoint.Endpoint, checksums []string) int

	// HasEndpointStatusNewerThan checks whether an endpoint has a status newer than the provided timestamp
	HasEndpointStatusNewerThan(key string, timestamp time.Time) (bool, error)

	// Clear deletes everything from the store
	Clear()

	// Save persists the data if and where it needs to be persisted
	Save() error

	// Close terminates every connection and closes the store, if applicable.
	Close()
}

var (
	// Validate interface implementation on compile
	_ Store = (*memory.Store)(nil)
	_ Store = (*sql.Store)(nil)
)

var (
	store Store

	initialized bool
)

// Get returns the store (upstream store.go:107)
func Get() Store {
	if !initialized {
		// This only happens in tests
		logr.Info("[store.Get] Provider requested before it was initialized, automatically initializing")
		err := Initialize(nil)
		if err != nil {
			panic("failed to automatically initialize store: " + err.Error())
		}
	}
	return store
}

// Initialize instantiates the storage provider based on the Config provider (upstream store.go:120)
func Initialize(cfg *storage.Config) error {
	initialized = true
	var err error
	if cfg == nil {
		cfg = &storage.Config{
			MaximumNumberOfResults: storage.DefaultMaximumNumberOfResults,
			MaximumNumberOfEvents:  storage.DefaultMaximumNumberOfEvents,
		}
	}
	switch cfg.Type {
	case storage.TypeSQLite, storage.TypePostgres:
		store, err = sql.NewStore(string(cfg.Type), cfg.Path, cfg.Caching, cfg.MaximumNumberOfResults, cfg.MaximumNumberOfEvents)
		if err != nil {
			return err
		}
	case storage.TypeMemory:
		fallthrough
	default:
		store, _ = memory.NewStore(cfg.MaximumNumberOfResults, cfg.MaximumNumberOfEvents)
	}
	return nil
}
