// Package persistence is the storage layer for the ActivityPub
// subsystem (services/activitypub/persistence/persistence.go, reduced).
package persistence

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"example.com/realworld/owncast/third_party/errors"
	log "example.com/realworld/owncast/third_party/logrus"

	"example.com/realworld/owncast/db"
	"example.com/realworld/owncast/services/datastore"
)

// Service owns the ActivityPub persistence operations.
type Service struct {
	datastore *datastore.Datastore
}

// New constructs a persistence Service bound to the given datastore.
func New(ds *datastore.Datastore) *Service {
	return &Service{datastore: ds}
}

// AddToOutbox is services/activitypub/persistence/persistence.go:80 (insert
// at :89; ap_outbox PRIMARY KEY (iri)).
func (s *Service) AddToOutbox(iri string, itemData []byte, typeString string, isLiveNotification bool) error {
	tx, err := s.datastore.DB.Begin()
	if err != nil {
		log.Debugln(err)
	}
	defer func() {
		_ = tx.Rollback()
	}()

	if err = s.datastore.GetQueries().WithTx(tx).AddToOutbox(context.Background(), db.AddToOutboxParams{
		Iri:              iri,
		Value:            itemData,
		Type:             typeString,
		LiveNotification: sql.NullBool{Bool: isLiveNotification, Valid: true},
	}); err != nil {
		return fmt.Errorf("error creating new item in federation outbox %s", err)
	}

	return tx.Commit()
}

// GetObjectByIRI is services/activitypub/persistence/persistence.go:102.
func (s *Service) GetObjectByIRI(iri string) (string, bool, time.Time, error) {
	row, err := s.datastore.GetQueries().GetObjectFromOutboxByIRI(context.Background(), iri)
	return string(row.Value), row.LiveNotification.Bool, row.CreatedAt.Time, err
}

// SaveInboundFediverseActivity is services/activitypub/persistence/persistence.go:114
// (insert at :115).
func (s *Service) SaveInboundFediverseActivity(objectIRI string, actorIRI string, eventType string, timestamp time.Time) error {
	if err := s.datastore.GetQueries().AddToAcceptedActivities(context.Background(), db.AddToAcceptedActivitiesParams{
		Iri:       objectIRI,
		Actor:     actorIRI,
		Type:      eventType,
		Timestamp: timestamp,
	}); err != nil {
		return errors.Wrap(err, "error saving event "+objectIRI)
	}

	return nil
}

// HasPreviouslyHandledInboundActivity is services/activitypub/persistence/persistence.go:161
// (count query at :162).
func (s *Service) HasPreviouslyHandledInboundActivity(iri string, actorIRI string, eventType string) (bool, error) {
	exists, err := s.datastore.GetQueries().DoesInboundActivityExist(context.Background(), db.DoesInboundActivityExistParams{
		Iri:   iri,
		Actor: actorIRI,
		Type:  eventType,
	})
	if err != nil {
		return false, err
	}

	return exists > 0, nil
}
