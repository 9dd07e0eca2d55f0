// Package inbox handles inbound ActivityPub activities
// (services/activitypub/inbox, reduced). Inbound requests are queued and
// handled by a pool of worker goroutines (services/activitypub/inbox/worker.go),
// so two deliveries of the same activity can be handled at the same time.
//
// The go-fed/superseriousbusiness activity vocab types are not reproduced:
// handlers receive the IRIs and the resolved actor their upstream versions
// extract from the activity (apmodels.GetIRIStringFromObjectProperty etc.).
package inbox

import (
	"example.com/realworld/owncast/persistence/federatedserversrepository"
	"example.com/realworld/owncast/services/activitypub/persistence"
)

// Actor stands in for the resolved apmodels.ActivityPubActor.
type Actor struct {
	ActorIri string
	Inbox    string
}

// ActorIriString returns the actor IRI.
func (a Actor) ActorIriString() string { return a.ActorIri }

// Followers stands in for the followers repository.
type Followers interface {
	Add(follow Actor, approved bool) error
}

// Service is the reduced inbox service.
type Service struct {
	persistence        *persistence.Service
	followers          Followers
	federationPrivate  bool
	federatedServers   func() federatedserversrepository.FederatedServersRepository
	localAccountName   string
	makeLocalStampIRI  func() string
	sendQuoteResponses func(accept bool, stampIRI string) error
	handleEngagement   func(eventType string, isLiveNotification bool, actor Actor, action string) error
}
