package tokens

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"example.com/heldout/dex/storage"
)

// Issuer turns an Authorization into signed tokens and owns a RefreshStore for
// refresh-token persistence (signing is dropped from the reproduction).
// Reproduces upstream server/tokens/issuer.go:20.
type Issuer struct {
	storage storage.Storage
	now     func() time.Time
	logger  *slog.Logger

	// Refresh persists and rotates refresh tokens.
	Refresh *RefreshStore
}

// NewIssuer wires an issuer from the shared dependencies.
// Reproduces upstream server/tokens/issuer.go:33.
func NewIssuer(storage storage.Storage, now func() time.Time, logger *slog.Logger) *Issuer {
	return &Issuer{
		storage: storage,
		now:     now,
		logger:  logger,
		Refresh: NewRefreshStore(storage, now, logger),
	}
}

// Issue mints the standard token set for the authorization; a refresh token
// when withRefresh is true.
// Reproduces upstream server/tokens/issuer.go:52 (access/ID token signing dropped).
func (i *Issuer) Issue(ctx context.Context, auth Authorization, code string, withRefresh bool) (TokenSet, error) {
	ts := TokenSet{AccessToken: storage.NewID(), Expiry: i.now().Add(time.Hour)}

	var err error
	if withRefresh {
		ts.RefreshToken, err = i.Refresh.Create(ctx, auth)
		if err != nil {
			return TokenSet{}, fmt.Errorf("create refresh token: %w", err)
		}
	}
	return ts, nil
}

// IssueResponse mints the standard token set with Issue and renders it as an
// OAuth2 token response.
// Reproduces upstream server/tokens/issuer.go:78.
func (i *Issuer) IssueResponse(ctx context.Context, auth Authorization, code string, withRefresh bool) (Response, error) {
	ts, err := i.Issue(ctx, auth, code, withRefresh)
	if err != nil {
		return Response{}, err
	}
	return ts.Response(i.now()), nil
}
