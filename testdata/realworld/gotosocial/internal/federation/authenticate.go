package federation

import (
	"context"
	"errors"
	"net/http"
	"net/url"

	"example.com/realworld/gotosocial/internal/db"
	"example.com/realworld/gotosocial/internal/gtscontext"
	"example.com/realworld/gotosocial/internal/gtserror"
)

// PubKeyAuth is internal/federation/authenticate.go (fields trimmed).
type PubKeyAuth struct {
	FetchedPubKey []byte
	OwnerURI      *url.URL
}

// derefPubKey tries to dereference the given public key by first
// checking in the database, and then (if no entry found, or entry
// found but pubKey expired) calling the remote pub key URI and
// extracting the key.
//
// internal/federation/authenticate.go:287, reached from
// AuthenticateFederatedRequest (:156) on every signed inbox POST / AP GET
// whose key is not cached. CheckGone (:338, tombstones by URI), then on a
// 410 from the remote callForPubKey -> HandleGone (:442) -> PutTombstone.
// The DB-only lookup, expiry handling and key parsing are trimmed.
func (f *Federator) derefPubKey(
	ctx context.Context,
	requestedUsername string,
	pubKeyIDStr string,
	pubKeyID *url.URL,
) (
	*PubKeyAuth,
	gtserror.WithCode,
) {
	// If we've tried to get this account before and we
	// now have a tombstone for it (ie., it's been deleted
	// from remote), don't try to dereference it again.
	gone, err := f.CheckGone(ctx, pubKeyID) // race
	if err != nil {
		err := gtserror.Newf("error checking for tombstone (%s): %w", pubKeyIDStr, err)
		return nil, gtserror.NewErrorInternalError(err)
	}

	if gone {
		err := gtserror.Newf("account with public key is gone (%s)", pubKeyIDStr)
		return nil, gtserror.NewErrorGone(err)
	}

	// Make an http call to get the (refreshed) pubkey.
	pubKeyBytes, errWithCode := f.callForPubKey(ctx, requestedUsername, pubKeyID)
	if errWithCode != nil {
		return nil, errWithCode
	}

	return &PubKeyAuth{FetchedPubKey: pubKeyBytes}, nil
}

// callForPubKey handles the nitty gritty of actually
// making a request for the given pubKeyID with a
// transport created on behalf of requestedUsername.
// (internal/federation/authenticate.go:403)
func (f *Federator) callForPubKey(
	ctx context.Context,
	requestedUsername string,
	pubKeyID *url.URL,
) ([]byte, gtserror.WithCode) {
	// The actual http call to the remote server is
	// made right here by the Dereference function.
	b, err := f.transport.Dereference(gtscontext.SetFastFail(ctx), pubKeyID)

	if err == nil {
		return b, nil
	}

	if gtserror.StatusCode(err) == http.StatusGone {
		// 410 indicates remote public key no longer exists
		// (account deleted, moved, etc). Add a tombstone
		// to our database so that we can avoid trying to
		// dereference it in future.
		if err := f.HandleGone(ctx, pubKeyID); err != nil {
			err := gtserror.Newf("error marking public key %s as gone: %w", pubKeyID, err)
			return nil, gtserror.NewErrorInternalError(err)
		}

		err := gtserror.Newf("account with public key %s is gone", pubKeyID)
		return nil, gtserror.NewErrorGone(err)
	}

	// Fall back to generic error.
	err = gtserror.Newf("error dereferencing public key %s: %w", pubKeyID, err)
	return nil, gtserror.NewErrorInternalError(err)
}

// fetchAccountInstance ensures that an instance model exists in
// the database for the given account URI, deref'ing if necessary.
//
// internal/federation/authenticate.go:458, called from
// AuthenticateFederatedRequest (:184) for a new key owner.
func (f *Federator) fetchAccountInstance(
	ctx context.Context,
	requestedUsername string,
	accountURI *url.URL,
) error {
	// Look for an existing entry for instance in database.
	instance, err := f.db.GetInstance(ctx, accountURI.Host) // safe: the insert's ErrAlreadyExists is ignored; the caller only needs the row to exist
	if err != nil && !errors.Is(err, db.ErrNoEntries) {
		return gtserror.Newf("error getting instance from database: %w", err)
	}

	if instance != nil {
		// already fetched.
		return nil
	}

	// We don't have an entry for this
	// instance yet; go dereference it.
	instance, err = f.transport.DereferenceInstance(
		gtscontext.SetFastFail(ctx),
		&url.URL{
			Scheme: accountURI.Scheme,
			Host:   accountURI.Host,
		},
	)
	if err != nil {
		return gtserror.Newf("error dereferencing instance %s: %w", accountURI.Host, err)
	}

	// Insert new instance into the datbase.
	err = f.db.PutInstance(ctx, instance)
	if err != nil && !errors.Is(err, db.ErrAlreadyExists) {
		return gtserror.Newf("error inserting instance %s into database: %w", accountURI.Host, err)
	}

	return nil
}
