package apiserver

import (
	"context"
	"errors"
	"fmt"

	"example.com/heldout/dex/api/v2"
	"example.com/heldout/dex/storage"
)

// Reproduces upstream server/apiserver/clients.go:36.
func (d dexAPI) CreateClient(ctx context.Context, req *api.CreateClientReq) (*api.CreateClientResp, error) {
	if req.Client == nil {
		return nil, errors.New("no client supplied")
	}

	if req.Client.Id == "" {
		req.Client.Id = storage.NewID()
	}
	if req.Client.Secret == "" && !req.Client.Public {
		req.Client.Secret = storage.NewID() + storage.NewID()
	}

	if err := storage.ValidateRefreshTokenLifetime(req.Client.RefreshTokenLifetime); err != nil {
		return nil, err
	}

	c := storage.Client{
		ID:                     req.Client.Id,
		Secret:                 req.Client.Secret,
		RedirectURIs:           req.Client.RedirectUris,
		TrustedPeers:           req.Client.TrustedPeers,
		Public:                 req.Client.Public,
		Name:                   req.Client.Name,
		LogoURL:                req.Client.LogoUrl,
		AllowedConnectors:      req.Client.AllowedConnectors,
		SSOSharedWith:          req.Client.SsoSharedWith,
		BackchannelLogoutURI:   req.Client.BackchannelLogoutUri,
		PostLogoutRedirectURIs: req.Client.PostLogoutRedirectUris,
		RefreshTokenLifetime:   req.Client.RefreshTokenLifetime,
	}
	if err := d.s.CreateClient(ctx, c); err != nil { // safe: single INSERT on the client.id primary key; a duplicate is mapped to ErrAlreadyExists and answered AlreadyExists
		if err == storage.ErrAlreadyExists {
			return &api.CreateClientResp{AlreadyExists: true}, nil
		}
		d.logger.Error("failed to create client", "err", err)
		return nil, fmt.Errorf("create client: %v", err)
	}

	return &api.CreateClientResp{
		Client: req.Client,
	}, nil
}
