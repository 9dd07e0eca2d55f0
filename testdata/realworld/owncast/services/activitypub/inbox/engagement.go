package inbox

import (
	"context"
	"time"

	"example.com/realworld/owncast/third_party/errors"
)

const maxAgeForEngagement = time.Hour * 72

type engagementRequest struct {
	objectError       string
	actorError        string
	maxAgeError       string
	resolveActorError string
	duplicateError    string
	saveError         string
	persistedEvent    string
	chatEvent         string
	chatAction        string
}

// acceptEngagementRequest is services/activitypub/inbox/engagement.go:29,
// shared by the Like and Announce (re-post) inbox handlers. The dedupe count
// is at :53 (persistence.HasPreviouslyHandledInboundActivity,
// persistence.go:161), the insert at :57 (SaveInboundFediverseActivity,
// persistence.go:114). The object and actor arrive already resolved (see
// service.go); the webhook event is trimmed.
func (s *Service) acceptEngagementRequest(c context.Context, objectIRI string, actor *Actor, request engagementRequest) error {
	if objectIRI == "" {
		return errors.New(request.objectError)
	}

	if actor == nil {
		return errors.New(request.actorError)
	}

	_, isLiveNotification, timestamp, err := s.persistence.GetObjectByIRI(objectIRI)
	if err != nil {
		return errors.Wrap(err, "Could not find post locally")
	}

	if time.Since(timestamp) > maxAgeForEngagement {
		return errors.New(request.maxAgeError)
	}

	actorIRI := actor.ActorIriString()
	if hasPreviouslyHandled, err := s.persistence.HasPreviouslyHandledInboundActivity(objectIRI, actorIRI, request.persistedEvent); hasPreviouslyHandled || err != nil { // race; no unique key: ap_accepted_activities has only the non-unique idx_iri_actor_index (iri, actor) (persistence/migrations/00001_init.sql:107)
		return errors.Wrap(err, request.duplicateError)
	}

	if err := s.persistence.SaveInboundFediverseActivity(objectIRI, actorIRI, request.persistedEvent, time.Now()); err != nil {
		return errors.Wrap(err, request.saveError)
	}

	return s.handleEngagement(request.chatEvent, isLiveNotification, *actor, request.chatAction)
}
