package workers

import (
	"context"
	"errors"
	"strings"

	"example.com/realworld/gotosocial/internal/db"
	"example.com/realworld/gotosocial/internal/gtscontext"
	"example.com/realworld/gotosocial/internal/gtserror"
	"example.com/realworld/gotosocial/internal/gtsmodel"
	"example.com/realworld/gotosocial/internal/id"
	"example.com/realworld/gotosocial/internal/util"
)

// getNotifyLockURI is internal/processing/workers/surfacenotify.go:614.
func getNotifyLockURI(
	notificationType gtsmodel.NotificationType,
	targetAccount *gtsmodel.Account,
	originAccount *gtsmodel.Account,
	statusOrEditID string,
) string {
	builder := strings.Builder{}
	builder.WriteString("notification:?")
	builder.WriteString("type=" + notificationType.String())
	builder.WriteString("&targetAcct=" + targetAccount.URI)
	builder.WriteString("&originAcct=" + originAccount.URI)
	if statusOrEditID != "" {
		builder.WriteString("&statusOrEditID=" + statusOrEditID)
	}
	return builder.String()
}

// Notify creates, inserts, and streams a new
// notification to the target account if it
// doesn't yet exist with the given parameters.
//
// internal/processing/workers/surfacenotify.go:642, called by every
// notify* helper of the client and federator workers. Mute/filter checks
// and streaming after the insert are trimmed.
func (s *Surface) Notify(
	ctx context.Context,
	notificationType gtsmodel.NotificationType,
	targetAccount *gtsmodel.Account,
	originAccount *gtsmodel.Account,
	status *gtsmodel.Status,
) error {
	if targetAccount.IsRemote() {
		// nothing to do.
		return nil
	}

	// Get status / edit ID
	// if either was provided.
	var statusOrEditID string
	if status != nil {
		statusOrEditID = status.ID
	}

	// We're doing state-y stuff so get a
	// lock on this combo of notif params.
	unlock := s.State.ProcessingLocks.Lock(getNotifyLockURI(
		notificationType,
		targetAccount,
		originAccount,
		statusOrEditID,
	))

	// Wrap the unlock so we
	// can do granular unlocking.
	unlock = util.DoOnce(unlock)
	defer unlock()

	// Make sure a notification doesn't
	// already exist with these params.
	if _, err := s.State.DB.GetNotification( // safe: in-process per-key lock (ProcessingLocks on type+target+origin+status) covers the lookup and the insert
		gtscontext.SetBarebones(ctx),
		notificationType,
		targetAccount.ID,
		originAccount.ID,
		statusOrEditID,
	); err == nil {
		// Notification exists;
		// nothing to do.
		return nil
	} else if !errors.Is(err, db.ErrNoEntries) {
		// Real error.
		return gtserror.Newf("error checking existence of notification: %w", err)
	}

	// Notification doesn't yet exist, so
	// we need to create + store one.
	notif := &gtsmodel.Notification{
		ID:               id.NewULID(),
		NotificationType: notificationType,
		TargetAccountID:  targetAccount.ID,
		TargetAccount:    targetAccount,
		OriginAccountID:  originAccount.ID,
		OriginAccount:    originAccount,
		StatusOrEditID:   statusOrEditID,
	}

	if err := s.State.DB.PutNotification(ctx, notif); err != nil {
		return gtserror.Newf("error putting notification in database: %w", err)
	}

	// Unlock already, we're done
	// with the state-y stuff.
	unlock()

	return nil
}
