package apiserver

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"example.com/heldout/dex/api/v2"
	"example.com/heldout/dex/pkg/featureflags"
	"example.com/heldout/dex/server/connectors"
	"example.com/heldout/dex/storage"
)

// Reproduces upstream server/apiserver/connectors.go:16.
func (d dexAPI) CreateConnector(ctx context.Context, req *api.CreateConnectorReq) (*api.CreateConnectorResp, error) {
	if !featureflags.APIConnectorsCRUD.Enabled() {
		return nil, fmt.Errorf("%s feature flag is not enabled", featureflags.APIConnectorsCRUD.Name)
	}

	if req.Connector == nil {
		return nil, errors.New("no connector supplied")
	}

	if req.Connector.Id == "" {
		return nil, errors.New("no id supplied")
	}

	if req.Connector.Type == "" {
		return nil, errors.New("no type supplied")
	}

	if req.Connector.Name == "" {
		return nil, errors.New("no name supplied")
	}

	if len(req.Connector.Config) == 0 {
		return nil, errors.New("no config supplied")
	}

	if !json.Valid(req.Connector.Config) {
		return nil, errors.New("invalid config supplied")
	}

	for _, gt := range req.Connector.GrantTypes {
		if !connectors.ConnectorGrantTypes[gt] {
			return nil, fmt.Errorf("unknown grant type %q", gt)
		}
	}

	c := storage.Connector{
		ID:              req.Connector.Id,
		Name:            req.Connector.Name,
		Type:            req.Connector.Type,
		ResourceVersion: "1",
		Config:          req.Connector.Config,
		GrantTypes:      req.Connector.GrantTypes,
	}
	if err := d.s.CreateConnector(ctx, c); err != nil { // safe: single INSERT on the connector.id primary key; a duplicate is mapped to ErrAlreadyExists and answered AlreadyExists
		if err == storage.ErrAlreadyExists {
			return &api.CreateConnectorResp{AlreadyExists: true}, nil
		}
		d.logger.Error("api: failed to create connector", "err", err)
		return nil, fmt.Errorf("create connector: %v", err)
	}

	// Make sure we don't reuse stale entries in the cache
	if d.connectors != nil {
		d.connectors.Close(req.Connector.Id)
	}

	return &api.CreateConnectorResp{}, nil
}
