// Package local is a minimal stand-in for tailscale.com/client/local (only
// the Status and WhoIs calls golink makes to find the tailnet's users).
package local

import (
	"context"
	"errors"
)

// UserProfile is a tailnet user (tailcfg.UserProfile).
type UserProfile struct {
	LoginName string
}

// Status is the subset of ipnstate.Status that golink reads.
type Status struct {
	User map[int64]UserProfile
}

// WhoIsResponse is the subset of apitype.WhoIsResponse that golink reads.
type WhoIsResponse struct {
	UserProfile *UserProfile
}

// Client talks to the local tailscaled.
type Client struct{}

// Status returns the tailnet status.
func (c *Client) Status(ctx context.Context) (*Status, error) {
	return &Status{User: map[int64]UserProfile{}}, nil
}

// WhoIs returns the owner of the remote address.
func (c *Client) WhoIs(ctx context.Context, remoteAddr string) (*WhoIsResponse, error) {
	return nil, errors.New("stand-in: no tailscaled")
}
