// Package lastfm reproduces go.senan.xyz/gonic/lastfm (trimmed: the HTTP client to the
// last.fm API is reduced to the methods and result fields the info caches use; no
// database access).
package lastfm

import "errors"

var ErrNotConfigured = errors.New("not configured")

type Client struct {
	keySecret func() (string, string, error)
}

func NewClient(keySecret func() (string, string, error)) *Client {
	return &Client{keySecret: keySecret}
}

type Artist struct {
	Name    string
	MBID    string
	URL     string
	Bio     struct{ Summary string }
	Similar struct{ Artists []Artist }
}

type Album struct {
	Name string
	MBID string
	URL  string
	Wiki struct{ Content string }
}

type TopTracks struct {
	Tracks []struct{ Name string }
}

// ArtistGetInfo is a network call to last.fm (artist.getInfo) upstream.
func (c *Client) ArtistGetInfo(artistName string) (Artist, error) {
	return Artist{}, ErrNotConfigured
}

// AlbumGetInfo is a network call to last.fm (album.getInfo) upstream.
func (c *Client) AlbumGetInfo(artistName, albumName string) (Album, error) {
	return Album{}, ErrNotConfigured
}

// ArtistGetTopTracks is a network call to last.fm (artist.getTopTracks) upstream.
func (c *Client) ArtistGetTopTracks(artistName string) (TopTracks, error) {
	return TopTracks{}, ErrNotConfigured
}

// StealArtistImage fetches the artist page upstream.
func (c *Client) StealArtistImage(artistURL string) (string, error) {
	return "", ErrNotConfigured
}
