// Package activityserve is a stand-in for github.com/writeas/activityserve
// (NewRemoteActor only).
package activityserve

// RemoteActor is a fetched remote actor.
type RemoteActor struct {
	iri, inbox, sharedInbox, url string
}

// NewRemoteActor fetches the actor at iri.
func NewRemoteActor(iri string) (RemoteActor, error) {
	return RemoteActor{iri: iri, inbox: iri + "/inbox", url: iri}, nil
}

// GetInbox returns the actor's inbox.
func (ra RemoteActor) GetInbox() string { return ra.inbox }

// GetSharedInbox returns the actor's shared inbox.
func (ra RemoteActor) GetSharedInbox() string { return ra.sharedInbox }

// URL returns the actor's profile URL.
func (ra RemoteActor) URL() string { return ra.url }
