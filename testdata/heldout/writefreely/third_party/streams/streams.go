// Package streams is a stand-in for github.com/writeas/activity/streams (the
// Resolver callbacks and Accept builder used by the inbox handler).
package streams

import "net/url"

// Raw gives access to the underlying activity.
type Raw struct {
	objects []*url.URL
}

// GetObjectIRI returns the i-th object IRI.
func (r *Raw) GetObjectIRI(i int) *url.URL {
	if i < len(r.objects) {
		return r.objects[i]
	}
	return nil
}

type activity struct {
	id     *url.URL
	actors []*url.URL
	raw    *Raw
}

// GetId returns the activity ID.
func (a *activity) GetId() (int, *url.URL) {
	return 0, a.id
}

// GetActor returns the i-th actor IRI.
func (a *activity) GetActor(i int) (int, *url.URL) {
	if i < len(a.actors) {
		return 0, a.actors[i]
	}
	return 0, nil
}

// Raw returns the raw activity.
func (a *activity) Raw() *Raw {
	return a.raw
}

// Follow is a Follow activity.
type Follow struct{ activity }

// Undo is an Undo activity.
type Undo struct{ activity }

// Accept is an Accept activity under construction.
type Accept struct {
	m map[string]interface{}
}

// NewAccept returns an empty Accept.
func NewAccept() *Accept {
	return &Accept{m: map[string]interface{}{"type": "Accept"}}
}

// SetId sets the ID.
func (a *Accept) SetId(u *url.URL) { a.m["id"] = u.String() }

// AppendObject adds an object.
func (a *Accept) AppendObject(r *Raw) { a.m["object"] = r }

// AppendActor adds an actor.
func (a *Accept) AppendActor(u *url.URL) { a.m["actor"] = u }

// Serialize returns the activity as a map.
func (a *Accept) Serialize() (map[string]interface{}, error) { return a.m, nil }

// Resolver dispatches a deserialized activity to its callback.
type Resolver struct {
	FollowCallback func(*Follow) error
	UndoCallback   func(*Undo) error
}

// Deserialize resolves m and calls the matching callback.
func (r *Resolver) Deserialize(m map[string]interface{}) error {
	a := activity{raw: &Raw{}}
	if s, ok := m["id"].(string); ok {
		a.id, _ = url.Parse(s)
	}
	if s, ok := m["actor"].(string); ok {
		u, _ := url.Parse(s)
		a.actors = append(a.actors, u)
	}
	if s, ok := m["object"].(string); ok {
		u, _ := url.Parse(s)
		a.raw.objects = append(a.raw.objects, u)
	}
	switch m["type"] {
	case "Follow":
		if r.FollowCallback != nil {
			return r.FollowCallback(&Follow{a})
		}
	case "Undo":
		if r.UndoCallback != nil {
			return r.UndoCallback(&Undo{a})
		}
	}
	return nil
}
