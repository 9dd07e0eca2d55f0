// Package internal reproduces the outbound-peek code of dendrite's
// federationapi/internal/perform.go.
package internal

import (
	"context"
	"fmt"
	"time"

	"example.com/heldout/dendrite/federationapi/types"
	"example.com/heldout/dendrite/third_party/gomatrixserverlib/spec"
	"example.com/heldout/dendrite/third_party/logrus"
)

// PeekDatabase stands in for the outbound-peek methods of federationapi/storage.Database.
type PeekDatabase interface {
	AddOutboundPeek(ctx context.Context, serverName spec.ServerName, roomID, peekID string, renewalInterval int64) error
	RenewOutboundPeek(ctx context.Context, serverName spec.ServerName, roomID, peekID string, renewalInterval int64) error
	GetOutboundPeek(ctx context.Context, serverName spec.ServerName, roomID, peekID string) (*types.OutboundPeek, error)
}

// RespPeek stands in for fclient.RespPeek (trimmed).
type RespPeek struct {
	RoomVersion     string
	RenewalInterval int64
}

// FederationInternalAPI reproduces federationapi/internal/api.go FederationInternalAPI
// (trimmed: the federation client is a Peek function; the room server and key
// ring are dropped).
type FederationInternalAPI struct {
	db PeekDatabase
	// federation.Peek stand-in: asks serverName to start a peek of roomID.
	peek func(ctx context.Context, serverName spec.ServerName, roomID, peekID string) (RespPeek, error)
	// roomserverAPI.SendEventWithState stand-in: stores the peeked state.
	sendEventWithState func(ctx context.Context, respPeek RespPeek) error
}

// performOutboundPeekUsingServer reproduces federationapi/internal/perform.go:321
// (trimmed: the relay check, statistics, room-version check and
// CheckStateResponse validation of the remote state, :327-398, become the
// peek/sendEventWithState stand-ins; the lookup and the insert are kept as
// upstream wrote them).
func (r *FederationInternalAPI) performOutboundPeekUsingServer(
	ctx context.Context,
	roomID string,
	serverName spec.ServerName,
) error {
	// create a unique ID for this peek.
	// for now we just use the room ID again. In future, if we ever
	// support concurrent peeks to the same room with different filters
	// then we would need to disambiguate further.
	peekID := roomID

	// check whether we're peeking already to try to avoid needlessly
	// re-peeking on the server. we don't need a transaction for this,
	// given this is a nice-to-have.
	outboundPeek, err := r.db.GetOutboundPeek(ctx, serverName, roomID, peekID) // race
	if err != nil {
		return err
	}
	renewing := false
	if outboundPeek != nil {
		nowMilli := time.Now().UnixNano() / int64(time.Millisecond)
		if nowMilli > outboundPeek.RenewedTimestamp+outboundPeek.RenewalInterval {
			logrus.Infof("stale outbound peek to %s for %s already exists; renewing", serverName, roomID)
			renewing = true
		} else {
			logrus.Infof("live outbound peek to %s for %s already exists", serverName, roomID)
			return nil
		}
	}

	// Try to perform an outbound /peek using the information supplied in the
	// request.
	respPeek, err := r.peek(
		ctx,
		serverName,
		roomID,
		peekID,
	)
	if err != nil {
		return fmt.Errorf("r.federation.Peek: %w", err)
	}

	// we have the peek state now so let's process regardless of whether upstream gives up
	ctx = context.Background()

	// If we've got this far, the remote server is peeking.
	if renewing {
		if err = r.db.RenewOutboundPeek(ctx, serverName, roomID, peekID, respPeek.RenewalInterval); err != nil {
			return err
		}
	} else {
		if err = r.db.AddOutboundPeek(ctx, serverName, roomID, peekID, respPeek.RenewalInterval); err != nil {
			return err
		}
	}

	// Send the newly returned state to the roomserver to update our local view.
	return r.sendEventWithState(ctx, respPeek)
}

// PerformOutboundPeek stands in for federationapi/internal/perform.go:243, which
// (after its own pre-check of GetOutboundPeeks at :270, not reproduced) tries
// each server in turn with performOutboundPeekUsingServer. It is not upstream code.
func (r *FederationInternalAPI) PerformOutboundPeek(ctx context.Context, roomID string, serverNames []spec.ServerName) error {
	var lastErr error
	for _, serverName := range serverNames {
		if err := r.performOutboundPeekUsingServer(ctx, roomID, serverName); err != nil {
			lastErr = err
			continue
		}
		return nil
	}
	return lastErr
}
