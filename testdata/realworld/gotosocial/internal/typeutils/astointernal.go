package typeutils

import (
	"context"
	"errors"
	"time"

	"example.com/realworld/gotosocial/internal/db"
	"example.com/realworld/gotosocial/internal/gtserror"
	"example.com/realworld/gotosocial/internal/gtsmodel"
	"example.com/realworld/gotosocial/internal/log"
	"example.com/realworld/gotosocial/internal/util"
)

// Announceable stands in for ap.Announceable: the id, object and published
// properties of an incoming Announce activity.
type Announceable struct {
	ID        string
	ObjectIRI string
	ActorIRI  string
	Published time.Time
}

// ASAnnounceToStatus is internal/typeutils/astointernal.go:601 (visibility
// extraction trimmed): GetStatusByURI (:620); a boost not found is returned
// with isNew, and federatingdb.Announce queues it for the federator worker,
// which stores it with PutStatus in dereferencing.EnrichAnnounce
// (announce.go:105).
func (c *Converter) ASAnnounceToStatus(
	ctx context.Context,
	announceable Announceable,
) (*gtsmodel.Status, bool, error) {
	// Default assume
	// we already have.
	isNew := false

	// Extract uri ID from announceable.
	if announceable.ID == "" {
		err := gtserror.New("unusable iri property")
		return nil, isNew, err
	}

	// Stringify uri obj.
	uri := announceable.ID

	// Check if we already have this boost in the database.
	boost, err := c.state.DB.GetStatusByURI(ctx, uri) // safe: the insert (EnrichAnnounce, after the worker queue) catches ErrAlreadyExists and goes back to GetStatusByURI
	if err != nil && !errors.Is(err, db.ErrNoEntries) {
		err = gtserror.Newf("db error trying to get status with uri %s: %w", uri, err)
		return nil, isNew, err
	}

	if boost != nil {
		// We already have this boost,
		// no need to proceed further.
		return boost, isNew, nil
	}

	// Create boost with URI
	boost = new(gtsmodel.Status)
	boost.URI = uri
	isNew = true

	// Get the URI of the boosted status.
	if announceable.ObjectIRI == "" {
		err := gtserror.Newf("unusable object property iri for %s", uri)
		return nil, isNew, err
	}

	// Set the URI of the boosted status on
	// the boost, for later dereferencing.
	boost.BoostOfURI = announceable.ObjectIRI

	// Extract published time for the boost,
	// zero-time will fall back to db defaults.
	if pub := announceable.Published; !pub.IsZero() {
		boost.CreatedAt = pub
	} else {
		log.Infof(ctx, "unusable published property on %s", uri)
		boost.CreatedAt = time.Now()
	}

	// Extract and load the boost actor account,
	// (this MUST already be in database by now).
	boost.Account, err = c.state.DB.GetAccountByURI(ctx, announceable.ActorIRI)
	if err != nil {
		return nil, isNew, err
	}

	// Set the related status<->account fields.
	boost.AccountURI = boost.Account.URI
	boost.AccountID = boost.Account.ID

	// Assume not pending approval; this may
	// change when permissivity is checked.
	boost.PendingApproval = util.Ptr(false)

	// Remaining fields on the boost will be
	// taken from the target status; it's not
	// our job to do all that dereferencing here.
	return boost, isNew, nil
}
