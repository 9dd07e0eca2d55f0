// Package federatingdb is a reduced copy of
// internal/federation/federatingdb.
package federatingdb

import (
	"context"

	"example.com/realworld/gotosocial/internal/gtserror"
	"example.com/realworld/gotosocial/internal/gtsmodel"
	"example.com/realworld/gotosocial/internal/messages"
	"example.com/realworld/gotosocial/internal/typeutils"
)

// DB is internal/federation/federatingdb/db.go (fields trimmed); Queue
// stands in for state.Workers.Federator.Queue.
type DB struct {
	converter *typeutils.Converter
	Queue     chan *messages.FromFediAPI
}

// Announce is internal/federation/federatingdb/announce.go:32 (inbox POST of
// an Announce; actor checks trimmed): ASAnnounceToStatus looks the boost
// up by URI; a new one is queued for fromfediapi CreateAnnounce.
func (f *DB) Announce(ctx context.Context, announce typeutils.Announceable, requestingAcct, receivingAcct *gtsmodel.Account) error {
	boost, isNew, err := f.converter.ASAnnounceToStatus(ctx, announce)
	if err != nil {
		return gtserror.Newf("error converting announce to boost: %w", err)
	}

	if !isNew {
		// We've already seen this boost;
		// nothing else to do here.
		return nil
	}

	// This is a new boost. Process side effects asynchronously.
	f.Queue <- &messages.FromFediAPI{
		GTSModel:   boost,
		Receiving:  receivingAcct,
		Requesting: requestingAcct,
	}

	return nil
}
