// Package grants reduces upstream server/grants to the token-issuing helpers on
// the chain to tokens.RefreshStore.Create.
package grants

import (
	"context"
	"errors"
	"log/slog"
	"slices"

	"example.com/heldout/dex/server/tokens"
	"example.com/heldout/dex/storage"
)

// issueTokens mints the standard token response, the single mint every standard
// grant (authorization_code, password, device callback) shares.
// Reproduces upstream server/grants/grants.go:384.
func issueTokens(ctx context.Context, logger *slog.Logger, issuer *tokens.Issuer, auth tokens.Authorization, code string, withRefresh bool) (tokens.Response, error) {
	resp, err := issuer.IssueResponse(ctx, auth, code, withRefresh)
	if err != nil {
		logger.ErrorContext(ctx, "failed to issue tokens", "err", err)
		return tokens.Response{}, errors.New("server_error")
	}
	return resp, nil
}

// HandleAuthCode redeems an authorization code at POST /token
// (grant_type=authorization_code) and issues tokens.
// Reproduces upstream server/grants/authcode.go:51-72 (client checks dropped).
func HandleAuthCode(ctx context.Context, s storage.Storage, issuer *tokens.Issuer, logger *slog.Logger, code string, client storage.Client) (tokens.Response, error) {
	authCode, err := s.GetAuthCode(ctx, code)
	if err != nil {
		return tokens.Response{}, err
	}
	auth, withRefresh, err := ExchangeAuthCode(ctx, s, logger, authCode, client)
	if err != nil {
		return tokens.Response{}, err
	}
	return issueTokens(ctx, logger, issuer, auth, authCode.ID, withRefresh)
}

// ExchangeAuthCode consumes the code (DeleteAuthCode is its atomic single-use
// gate) and returns what to issue.
// Reproduces upstream server/grants/authcode.go:86 (the connector refresh
// capability check is reduced to the offline_access scope).
func ExchangeAuthCode(ctx context.Context, s storage.Storage, logger *slog.Logger, authCode storage.AuthCode, client storage.Client) (tokens.Authorization, bool, error) {
	if err := s.DeleteAuthCode(ctx, authCode.ID); err != nil {
		if err == storage.ErrNotFound {
			return tokens.Authorization{}, false, errors.New("invalid_grant")
		}
		logger.ErrorContext(ctx, "failed to delete auth code", "err", err)
		return tokens.Authorization{}, false, errors.New("server_error")
	}

	auth := tokens.Authorization{
		Client:        client,
		Claims:        authCode.Claims,
		Scopes:        authCode.Scopes,
		ConnectorID:   authCode.ConnectorID,
		Nonce:         authCode.Nonce,
		AuthTime:      authCode.AuthTime,
		ConnectorData: authCode.ConnectorData,
		SessionID:     authCode.SessionID,
	}

	return auth, slices.Contains(authCode.Scopes, tokens.ScopeOfflineAccess), nil
}
