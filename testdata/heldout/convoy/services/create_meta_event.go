package services

import (
	"context"
	"encoding/json"
	"time"

	"example.com/heldout/convoy/datastore"
	log "example.com/heldout/convoy/pkg/logger"
	"example.com/heldout/convoy/queue"
	"example.com/heldout/convoy/third_party/ulid"
)

type MetaEvent struct {
	queue         queue.Queuer
	projectRepo   datastore.ProjectRepository
	metaEventRepo datastore.MetaEventRepository
	logger        log.Logger
}

func NewMetaEvent(queue queue.Queuer, projectRepo datastore.ProjectRepository, metaEventRepo datastore.MetaEventRepository, logger log.Logger) *MetaEvent {
	return &MetaEvent{queue: queue, projectRepo: projectRepo, metaEventRepo: metaEventRepo, logger: logger}
}

func (m *MetaEvent) Run(ctx context.Context, eventType, projectID string, data interface{}) (err error) {
	// (upstream: opens an OpenTelemetry span here; not reproduced)

	project, err := m.projectRepo.FetchProjectByID(ctx, projectID) // safe: looks up the parent project; the meta event is keyed on a fresh ULID
	if err != nil {
		return err
	}

	cfg := project.Config
	if cfg.MetaEvent == nil {
		return nil
	}

	if !cfg.MetaEvent.IsEnabled {
		return nil
	}

	if !m.isSubscribed(eventType, cfg.MetaEvent.EventType) {
		return nil
	}

	dByte, err := json.Marshal(data)
	if err != nil {
		return err
	}

	mP := datastore.MetaEventPayload{
		EventType: eventType,
		Data:      dByte,
	}

	mpByte, err := json.Marshal(mP)
	if err != nil {
		return err
	}

	metaData := &datastore.Metadata{
		NumTrials:       0,
		RetryLimit:      project.Config.Strategy.RetryCount,
		Data:            mpByte,
		Raw:             "", // Skip Raw duplication - Data field is canonical (reduces payload size)
		IntervalSeconds: project.Config.Strategy.Duration,
		Strategy:        project.Config.Strategy.Type,
		NextSendTime:    time.Now(),
	}

	metaEvent := &datastore.MetaEvent{
		UID:       ulid.Make().String(),
		ProjectID: projectID,
		EventType: eventType,
		Status:    datastore.ScheduledEventStatus,
		Metadata:  metaData,
		CreatedAt: time.Now(),
		UpdatedAt: time.Now(),
	}

	err = m.metaEventRepo.CreateMetaEvent(ctx, metaEvent)
	if err != nil {
		m.logger.Error("failed to create meta event", "error", err)
		return err
	}

	// (upstream: msgpack-encodes task.MetaEvent{MetaEventID, ProjectID} and writes it to MetaEventQueue; not reproduced)
	_ = m.queue

	return nil
}

func (m *MetaEvent) isSubscribed(eventType string, events []string) bool {
	for _, event := range events {
		if event == eventType {
			return true
		}
	}

	return false
}
