package dereferencing

import (
	"context"
	"errors"
	"net/http"
	"net/url"
	"time"

	"example.com/realworld/gotosocial/internal/config"
	"example.com/realworld/gotosocial/internal/db"
	"example.com/realworld/gotosocial/internal/gtscontext"
	"example.com/realworld/gotosocial/internal/gtserror"
	"example.com/realworld/gotosocial/internal/gtsmodel"
	"example.com/realworld/gotosocial/internal/id"
	"example.com/realworld/gotosocial/internal/log"
	"example.com/realworld/gotosocial/internal/util"
)

// getStatusByURI is a package internal form of .GetStatusByURI() that doesn't dereference thread on update, and may return an existing status with error on failed re-fetch.
//
// internal/federation/dereferencing/status.go:113 (GetStatusByURI, reached
// from inbox Create/Announce handling, thread dereferencing, search...):
// GetStatusByURI in the DB (:121); when absent, a new barebones status goes
// through enrichStatusSafely (:152) which stores it with PutStatus
// (enrichStatus :613). The URL fallback and freshness refresh are trimmed.
func (d *Dereferencer) getStatusByURI(ctx context.Context, requestUser string, uri *url.URL) (*gtsmodel.Status, bool, error) {
	var (
		status *gtsmodel.Status
		uriStr = uri.String()
		err    error
	)

	// Search the database for existing by URI.
	status, err = d.state.DB.GetStatusByURI( // safe: per-URI FedLocks around the enrichment, and a lost PutStatus (ErrAlreadyExists) goes back to GetStatusByURI (enrichStatusSafely)

		// request a barebones object, it may be in the
		// db but with related models not yet dereferenced.
		gtscontext.SetBarebones(ctx),
		uriStr,
	)
	if err != nil && !errors.Is(err, db.ErrNoEntries) {
		return nil, false, gtserror.Newf("error checking database for status %s by uri: %w", uriStr, err)
	}

	if status == nil {
		// Ensure not a failed search for a local
		// status, if so we know it doesn't exist.
		if uri.Host == config.GetHost() ||
			uri.Host == config.GetAccountDomain() {
			return nil, false, gtserror.SetUnretrievable(err)
		}

		// Create and pass-through a new bare-bones model for deref.
		return d.enrichStatusSafely(ctx, requestUser, uri, &gtsmodel.Status{
			Local: util.Ptr(false),
			URI:   uriStr,
		})
	}

	return status, false, nil
}

// enrichStatusSafely wraps enrichStatus() to perform it within
// a State{}.FedLocks mutexmap, which protects it within per-URI
// mutex locks. This also handles necessary delete of now-deleted
// statuses, and updating fetched_at on returned HTTP errors.
// (internal/federation/dereferencing/status.go:271, status deletion on 410
// trimmed)
func (d *Dereferencer) enrichStatusSafely(
	ctx context.Context,
	requestUser string,
	uri *url.URL,
	status *gtsmodel.Status,
) (*gtsmodel.Status, bool, error) {
	uriStr := status.URI

	// Acquire per-URI deref lock, wraping unlock
	// to safely defer in case of panic, while still
	// performing more granular unlocks when needed.
	unlock := d.state.FedLocks.Lock(uriStr)
	unlock = util.DoOnce(unlock)
	defer unlock()

	var err error
	var isNew bool

	// Check if this is a new status (to us).
	if isNew = (status.ID == ""); !isNew {

		// We reload the existing status, just to ensure we have the
		// latest version of it. e.g. another racing thread might have
		// just input a change but we still have an old status copy.
		status, err = d.state.DB.GetStatusByID(ctx, status.ID)
		if err != nil {
			return nil, false, gtserror.Newf("error getting up-to-date existing status: %w", err)
		}
	}

	// Perform status enrichment with passed vars.
	latest, err := d.enrichStatus(ctx,
		requestUser,
		uri,
		status,
		isNew,
	)

	// Check for a returned HTTP code via error.
	switch code := gtserror.StatusCode(err); {

	// Any other HTTP error mesg
	// code, with existing status.
	case code >= 400 && code != http.StatusGone && !isNew:
		latest = status
	}

	// Unlock now
	// we're done.
	unlock()

	if errors.Is(err, db.ErrAlreadyExists) {
		// DATA RACE! We likely lost out to another goroutine
		// in a call to db.Put(Status). Look again in DB by URI.
		latest, err = d.state.DB.GetStatusByURI(ctx, status.URI)
		if err != nil {
			err = gtserror.Newf("error getting status %s from database after race: %w", uriStr, err)
		}
	}

	return latest, isNew, err
}

// enrichStatus will enrich the given status, whether a new
// barebones model, or existing model from the database.
// It handles necessary dereferencing, database updates, etc.
//
// internal/federation/dereferencing/status.go:377 (permission checks,
// mentions, attachments, emojis, polls and edits trimmed): tags are
// populated with fetchStatusTags (:580), a new status is stored with
// PutStatus (:613).
func (d *Dereferencer) enrichStatus(
	ctx context.Context,
	requestUser string,
	uri *url.URL,
	status *gtsmodel.Status,
	isNew bool,
) (*gtsmodel.Status, error) {
	latestStatus, err := d.transport.DereferenceStatus(ctx, uri)
	if err != nil {
		return nil, gtserror.Newf("error dereferencing %s: %w", uri, err)
	}

	if isNew {
		latestStatus.ID = id.NewULIDFromTime(latestStatus.CreatedAt)
	} else {
		latestStatus.ID = status.ID
	}
	latestStatus.FetchedAt = time.Now()

	// Ensure the status' tags are populated, (changes are expected / okay).
	if _, err := d.fetchStatusTags(ctx, status, latestStatus); err != nil {
		return nil, gtserror.Newf("error populating tags for status %s: %w", uri, err)
	}

	if isNew {
		// Simplest case, insert this new remote status into the database.
		if err := d.state.DB.PutStatus(ctx, latestStatus); err != nil {
			return nil, gtserror.Newf("error inserting new status %s: %w", uri, err)
		}
	}

	return latestStatus, nil
}

// fetchStatusTags populates the tags on 'status', fetching existing
// from the database and creating new where needed. 'existing' is used
// to fetch tags that have not changed since previous stored status.
//
// internal/federation/dereferencing/status.go:736: the enclosing FedLocks
// lock is keyed by the status URI, not by the tag name.
func (d *Dereferencer) fetchStatusTags(
	ctx context.Context,
	existing *gtsmodel.Status,
	status *gtsmodel.Status,
) (
	changed bool,
	err error,
) {

	// Allocate new slice to take the yet-to-be determined tag IDs.
	status.TagIDs = make([]string, len(status.Tags))

	for i := range status.Tags {
		tag := status.Tags[i]

		// Look for tag in existing status with name.
		existing, ok := existing.GetTagByName(tag.Name)
		if ok && existing.ID != "" {
			status.Tags[i] = existing
			status.TagIDs[i] = existing.ID
			continue
		}

		// Mark status as
		// having changed.
		changed = true

		// Look for existing tag with name in the database.
		existing, err := d.state.DB.GetTagByName(ctx, tag.Name) // race
		if err != nil && !errors.Is(err, db.ErrNoEntries) {
			return changed, gtserror.Newf("db error getting tag %s: %w", tag.Name, err)
		} else if existing != nil {
			status.Tags[i] = existing
			status.TagIDs[i] = existing.ID
			continue
		}

		// Create new ID for tag.
		tag.ID = id.NewULID()

		// Insert this tag with new name into the database.
		if err := d.state.DB.PutTag(ctx, tag); err != nil {
			log.Errorf(ctx, "db error putting tag %s: %v", tag.Name, err)
			continue
		}

		// Set new tag ID in slice.
		status.TagIDs[i] = tag.ID
	}

	// Remove any tag we couldn't get or create.
	for i := 0; i < len(status.TagIDs); {
		if status.TagIDs[i] == "" {
			// This is a failed tag population, likely due
			// to some database peculiarity / race condition.
			copy(status.Tags[i:], status.Tags[i+1:])
			copy(status.TagIDs[i:], status.TagIDs[i+1:])
			status.Tags = status.Tags[:len(status.Tags)-1]
			status.TagIDs = status.TagIDs[:len(status.TagIDs)-1]
			continue
		}
		i++
	}

	return changed, nil
}
