//nolint:revive
package artistinfocache

// Reproduces go.senan.xyz/gonic/infocache/artistinfocache/artistinfocache.go (trimmed:
// the MusicBrainz relation walk and the text helpers are left out).

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"log"
	"time"

	"github.com/jinzhu/gorm"

	"example.com/heldout/gonic/db"
	"example.com/heldout/gonic/lastfm"
	"example.com/heldout/gonic/musicbrainz"
)

const keepFor = 30 * time.Hour * 24

type ArtistInfoCache struct {
	db           *db.DB
	lastfmClient *lastfm.Client
	mbClient     *musicbrainz.Client
}

func New(db *db.DB, lastfmClient *lastfm.Client, mbClient *musicbrainz.Client) *ArtistInfoCache {
	return &ArtistInfoCache{db: db, lastfmClient: lastfmClient, mbClient: mbClient}
}

// GetOrLookup reproduces artistinfocache.go:32; called by the subsonic handlers
// getArtistInfo2 (:343) and getTopSongs (:602). Its lookup (:42) is the cache-freshness
// check of the site catalogued at Lookup.
func (a *ArtistInfoCache) GetOrLookup(ctx context.Context, artistID int) (*db.ArtistInfo, error) {
	var artist db.Artist
	if err := a.db.Find(&artist, "id=?", artistID).Error; err != nil {
		return nil, fmt.Errorf("find artist in db: %w", err)
	}
	if artist.Name == "" {
		return nil, fmt.Errorf("no metadata to look up")
	}

	var artistInfo db.ArtistInfo
	if err := a.db.Find(&artistInfo, "id=?", artistID).Error; err != nil && !errors.Is(err, gorm.ErrRecordNotFound) {
		return nil, fmt.Errorf("find artist info in db: %w", err)
	}

	if artistInfo.ID == 0 || time.Since(artistInfo.UpdatedAt) > keepFor {
		return a.Lookup(ctx, &artist)
	}

	return &artistInfo, nil
}

// Lookup reproduces artistinfocache.go:61. Not found leaves the row zero; ID is then set to
// the artist's id, so jinzhu/gorm Save (main.go:471-481) runs UPDATE artist_infos ... WHERE
// id=? and, when it affects no row, FirstOrCreate (main.go:429-440): SELECT by id, then
// INSERT. Two concurrent first lookups of one artist (two clients' getArtistInfo2, or a
// request and the Refresh job) can both run UPDATE (0 rows) and SELECT (no row) before
// either INSERT; the second INSERT then fails on the primary key artist_infos.id
// ("save upstream info" error) where, run one after the other, it would have updated.
func (a *ArtistInfoCache) Lookup(ctx context.Context, artist *db.Artist) (*db.ArtistInfo, error) {
	var artistInfo db.ArtistInfo
	if err := a.db.Find(&artistInfo, "id=?", artist.ID).Error; err != nil && !errors.Is(err, gorm.ErrRecordNotFound) { // race
		return nil, fmt.Errorf("find artist info: %w", err)
	}
	artistInfo.ID = artist.ID

	// lastfm is best-effort. without an api key these calls fail, but we can still resolve
	// similar artists from musicbrainz using the artist's tag-scanned mbid. only overwrite
	// fields when we actually have new data, so a transient failure can't blank the cached row
	info, err := a.lastfmClient.ArtistGetInfo(artist.Name)
	if err != nil {
		log.Printf("error getting lastfm artist info for %q: %v", artist.Name, err)
		// non-fatal
	}

	if info.Bio.Summary != "" {
		artistInfo.LastFMBiography = info.Bio.Summary
	}
	if info.URL != "" {
		artistInfo.LastFMURL = info.URL
	}

	mbid := cmp.Or(artist.MusicBrainzID, info.MBID, artistInfo.MusicBrainzID)

	artistInfo.MusicBrainzID = mbid

	var lastFMSimilar []string
	for _, sim := range info.Similar.Artists {
		lastFMSimilar = append(lastFMSimilar, sim.Name)
	}
	if len(lastFMSimilar) > 0 {
		artistInfo.SetLastFMSimilarArtists(lastFMSimilar)
	}

	if mbArtist := musicBrainzArtist(ctx, a.mbClient, mbid); mbArtist != nil {
		artistInfo.MusicBrainzType = mbArtist.Type
		artistInfo.MusicBrainzDisambiguation = mbArtist.Disambiguation
	}

	if tracks := lastFMTopTracks(a.lastfmClient, artist.Name); len(tracks) > 0 {
		artistInfo.SetLastFMTopTracks(tracks)
	}

	if err := a.db.Save(&artistInfo).Error; err != nil {
		return nil, fmt.Errorf("save upstream info: %w", err)
	}

	return &artistInfo, nil
}

// Refresh reproduces artistinfocache.go:124; run by the "refresh artist info" job
// (cmd/gonic/gonic.go:489-495) concurrently with the HTTP handlers.
func (a *ArtistInfoCache) Refresh() error {
	for {
		q := a.db.
			Where("artist_infos.id IS NULL OR artist_infos.updated_at<?", time.Now().Add(-keepFor)).
			Joins("LEFT JOIN artist_infos ON artist_infos.id=artists.id").
			Limit(1)

		var artist db.Artist
		if err := q.Find(&artist).Error; err != nil && !errors.Is(err, gorm.ErrRecordNotFound) {
			return fmt.Errorf("finding non cached artist: %w", err)
		}

		if artist.ID == 0 {
			return nil
		}

		if _, err := a.Lookup(context.Background(), &artist); err != nil {
			log.Printf("error looking up non cached artist %q: %v", artist.Name, err)
			continue
		}

		log.Printf("cached artist info for %q", artist.Name)
	}
}

func lastFMTopTracks(client *lastfm.Client, name string) []string {
	topTracks, err := client.ArtistGetTopTracks(name)
	if err != nil {
		log.Printf("error getting lastfm top tracks for %q: %v", name, err)
		return nil
	}

	names := make([]string, 0, len(topTracks.Tracks))
	for _, tr := range topTracks.Tracks {
		names = append(names, tr.Name)
	}
	return names
}

func musicBrainzArtist(ctx context.Context, mbClient *musicbrainz.Client, mbid string) *musicbrainz.Artist {
	if mbClient == nil || mbid == "" {
		return nil
	}
	artist, err := mbClient.GetArtist(ctx, mbid, "artist-rels")
	if err != nil {
		log.Printf("error fetching musicbrainz artist %s: %v", mbid, err)
		return nil
	}
	return artist
}
