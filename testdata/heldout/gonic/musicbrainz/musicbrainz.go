// Package musicbrainz reproduces go.senan.xyz/gonic/musicbrainz (trimmed: the HTTP client
// to the MusicBrainz API; no database access).
package musicbrainz

import (
	"context"
	"errors"
)

var errOffline = errors.New("offline")

type Client struct{ userAgent string }

func NewClient(userAgent string) *Client { return &Client{userAgent: userAgent} }

type Artist struct {
	ID             string
	Name           string
	Type           string
	Disambiguation string
}

type Release struct {
	ID             string
	Disambiguation string
}

// GetArtist is a network call upstream.
func (c *Client) GetArtist(ctx context.Context, mbid string, inc ...string) (*Artist, error) {
	return nil, errOffline
}

// GetRelease is a network call upstream.
func (c *Client) GetRelease(ctx context.Context, mbid string, inc ...string) (*Release, error) {
	return nil, errOffline
}
