package tokens

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"example.com/heldout/dex/server/internal"
	"example.com/heldout/dex/storage"
)

// RefreshStore creates, rotates, and revokes refresh tokens, keeping the
// offline-session references in sync. It is the single owner of refresh-token
// persistence.
type RefreshStore struct {
	storage storage.Storage
	now     func() time.Time
	logger  *slog.Logger
}

// NewRefreshStore returns a store backed by the given storage.
// Reproduces upstream server/tokens/refresh_store.go:25.
func NewRefreshStore(storage storage.Storage, now func() time.Time, logger *slog.Logger) *RefreshStore {
	return &RefreshStore{storage: storage, now: now, logger: logger}
}

// Create issues a new refresh token for the authorization and records it in the
// user's offline session. On any offline-session failure the refresh token is
// rolled back so no orphaned token is left behind.
// Reproduces upstream server/tokens/refresh_store.go:32.
func (rt *RefreshStore) Create(ctx context.Context, auth Authorization) (string, error) {
	refresh := storage.RefreshToken{
		ID:            storage.NewID(),
		Token:         storage.NewID(),
		ClientID:      auth.Client.ID,
		ConnectorID:   auth.ConnectorID,
		Scopes:        auth.Scopes,
		Claims:        auth.Claims,
		Nonce:         auth.Nonce,
		ConnectorData: auth.ConnectorData,
		CreatedAt:     rt.now(),
		LastUsed:      rt.now(),
	}

	rawToken, err := internal.Marshal(&internal.RefreshToken{RefreshId: refresh.ID, Token: refresh.Token})
	if err != nil {
		return "", fmt.Errorf("marshal refresh token: %w", err)
	}

	if err := rt.storage.CreateRefresh(ctx, refresh); err != nil {
		return "", fmt.Errorf("create refresh token: %w", err)
	}

	// Roll back the just-created refresh token if wiring it into the offline
	// session fails, so we never leave an orphaned token.
	rollback := func() {
		if err := rt.storage.DeleteRefresh(ctx, refresh.ID); err != nil && err != storage.ErrNotFound {
			rt.logger.ErrorContext(ctx, "failed to roll back refresh token", "err", err)
		}
	}

	tokenRef := storage.RefreshTokenRef{
		ID:        refresh.ID,
		ClientID:  refresh.ClientID,
		CreatedAt: refresh.CreatedAt,
		LastUsed:  refresh.LastUsed,
		SessionID: auth.SessionID,
	}

	session, err := rt.storage.GetOfflineSessions(ctx, refresh.Claims.UserID, refresh.ConnectorID) // race
	switch {
	case err != nil && err != storage.ErrNotFound:
		rollback()
		return "", fmt.Errorf("get offline session: %w", err)
	case err != nil: // ErrNotFound: create a fresh offline session.
		offlineSessions := storage.OfflineSessions{
			UserID:        refresh.Claims.UserID,
			ConnID:        refresh.ConnectorID,
			Refresh:       map[string]*storage.RefreshTokenRef{tokenRef.ClientID: &tokenRef},
			ConnectorData: auth.ConnectorData,
		}
		if err := rt.storage.CreateOfflineSessions(ctx, offlineSessions); err != nil {
			rollback()
			return "", fmt.Errorf("create offline session: %w", err)
		}
	default:
		// Replace any existing refresh token for this client.
		if oldRef, ok := session.Refresh[tokenRef.ClientID]; ok {
			if err := rt.storage.DeleteRefresh(ctx, oldRef.ID); err != nil && err != storage.ErrNotFound {
				rollback()
				return "", fmt.Errorf("delete previous refresh token: %w", err)
			}
		}
		if err := rt.storage.UpdateOfflineSessions(ctx, session.UserID, session.ConnID, func(old storage.OfflineSessions) (storage.OfflineSessions, error) {
			old.Refresh[tokenRef.ClientID] = &tokenRef
			if len(auth.ConnectorData) > 0 {
				old.ConnectorData = auth.ConnectorData
			}
			return old, nil
		}); err != nil {
			rollback()
			return "", fmt.Errorf("update offline session: %w", err)
		}
	}

	return rawToken, nil
}

// RevokeClients deletes the refresh tokens issued to the named clients for the
// user/connector pair, in one pass over the offline session. Every other client's
// token is left alone. See RevokeAll for the unscoped variant.
// Reproduces upstream server/tokens/refresh_store.go:256.
func (rt *RefreshStore) RevokeClients(ctx context.Context, userID, connectorID string, clientIDs []string) {
	if len(clientIDs) == 0 {
		return
	}

	revoking := make(map[string]struct{}, len(clientIDs))
	for _, id := range clientIDs {
		if id != "" {
			revoking[id] = struct{}{}
		}
	}

	rt.revoke(ctx, userID, connectorID, func(id string) bool {
		_, ok := revoking[id]
		return ok
	})
}

// RevokeAll deletes every refresh token for the user/connector pair. This is the
// administrative hammer, reached through the gRPC API when an operator terminates a
// user's sessions or deletes their identity — not something an ordinary RP-initiated
// logout does.
// Reproduces upstream server/tokens/refresh_store.go:278.
func (rt *RefreshStore) RevokeAll(ctx context.Context, userID, connectorID string) {
	rt.revoke(ctx, userID, connectorID, func(string) bool { return true })
}

// revoke deletes the refresh tokens of every client matching the predicate and
// clears their references in the offline session, keeping the session object.
// Errors are logged but not returned: revocation is best-effort.
//
// To avoid a race where a token issued between the snapshot and the offline
// session update would have its reference wiped, we snapshot the token IDs,
// remove only those references (the updater sees the latest state, so a
// concurrently added reference survives), then delete the tokens.
// Reproduces upstream server/tokens/refresh_store.go:290.
func (rt *RefreshStore) revoke(ctx context.Context, userID, connectorID string, match func(clientID string) bool) {
	offlineSessions, err := rt.storage.GetOfflineSessions(ctx, userID, connectorID) // safe: guards only the update of the offline session and the deletes of its tokens; not found returns without writing
	if err != nil {
		if !errors.Is(err, storage.ErrNotFound) {
			rt.logger.ErrorContext(ctx, "failed to get offline sessions", "err", err)
		}
		return
	}

	tokenIDs := make(map[string]struct{}, len(offlineSessions.Refresh))
	for clientID, ref := range offlineSessions.Refresh {
		if match(clientID) {
			tokenIDs[ref.ID] = struct{}{}
		}
	}

	if len(tokenIDs) == 0 {
		return
	}

	if err := rt.storage.UpdateOfflineSessions(ctx, userID, connectorID, func(old storage.OfflineSessions) (storage.OfflineSessions, error) {
		for clientID, ref := range old.Refresh {
			if _, ok := tokenIDs[ref.ID]; ok {
				delete(old.Refresh, clientID)
			}
		}
		return old, nil
	}); err != nil {
		rt.logger.ErrorContext(ctx, "failed to update offline sessions", "err", err)
	}

	for id := range tokenIDs {
		if err := rt.storage.DeleteRefresh(ctx, id); err != nil && !errors.Is(err, storage.ErrNotFound) {
			rt.logger.ErrorContext(ctx, "failed to delete refresh token", "token_id", id, "err", err)
		}
	}
}
