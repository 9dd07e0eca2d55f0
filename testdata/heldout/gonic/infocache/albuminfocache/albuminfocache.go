//nolint:revive
package albuminfocache

// Reproduces go.senan.xyz/gonic/infocache/albuminfocache/albuminfocache.go (trimmed).

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

type AlbumInfoCache struct {
	db           *db.DB
	lastfmClient *lastfm.Client
	mbClient     *musicbrainz.Client
}

func New(db *db.DB, lastfmClient *lastfm.Client, mbClient *musicbrainz.Client) *AlbumInfoCache {
	return &AlbumInfoCache{db: db, lastfmClient: lastfmClient, mbClient: mbClient}
}

// GetOrLookup reproduces albuminfocache.go:32; called by the subsonic getAlbumInfo2
// handler. Its lookup (:42) is the cache-freshness check of the site catalogued at Lookup.
func (a *AlbumInfoCache) GetOrLookup(ctx context.Context, albumID int) (*db.AlbumInfo, error) {
	var album db.Album
	if err := a.db.Find(&album, "id=?", albumID).Error; err != nil {
		return nil, fmt.Errorf("find album in db: %w", err)
	}
	if album.TagAlbumArtist == "" || album.TagTitle == "" {
		return nil, fmt.Errorf("no metadata to look up")
	}

	var albumInfo db.AlbumInfo
	if err := a.db.Find(&albumInfo, "id=?", albumID).Error; err != nil && !errors.Is(err, gorm.ErrRecordNotFound) {
		return nil, fmt.Errorf("find album info in db: %w", err)
	}

	if albumInfo.ID == 0 || time.Since(albumInfo.UpdatedAt) > keepFor {
		return a.Lookup(ctx, &album)
	}

	return &albumInfo, nil
}

// Lookup reproduces albuminfocache.go:61. Not found leaves the row zero; ID is then set to
// the album's id, so jinzhu/gorm Save (main.go:471-481) runs UPDATE album_infos ... WHERE
// id=? and, when it affects no row, FirstOrCreate (SELECT by id, then INSERT). Two
// concurrent first getAlbumInfo2 of one album can both reach the INSERT; the second fails
// on the primary key album_infos.id where, run one after the other, it would have updated.
func (a *AlbumInfoCache) Lookup(ctx context.Context, album *db.Album) (*db.AlbumInfo, error) {
	var albumInfo db.AlbumInfo
	if err := a.db.Find(&albumInfo, "id=?", album.ID).Error; err != nil && !errors.Is(err, gorm.ErrRecordNotFound) { // race
		return nil, fmt.Errorf("find album info: %w", err)
	}
	albumInfo.ID = album.ID

	// lastfm is best-effort. without an api key these calls fail, but we can still resolve
	// musicbrainz facts from the album's tag-scanned mbid. only overwrite fields when we
	// actually have new data, so a transient failure can't blank the cached row
	info, err := a.lastfmClient.AlbumGetInfo(album.TagAlbumArtist, album.TagTitle)
	if err != nil {
		log.Printf("error getting lastfm album info for %q: %v", album.TagTitle, err)
		// non-fatal
	}

	if info.Wiki.Content != "" {
		albumInfo.LastFMNotes = info.Wiki.Content
	}
	if info.URL != "" {
		albumInfo.LastFMURL = info.URL
	}

	mbid := cmp.Or(album.TagBrainzID, info.MBID, albumInfo.MusicBrainzID)
	albumInfo.MusicBrainzID = mbid

	if release := musicBrainzRelease(ctx, a.mbClient, mbid); release != nil {
		albumInfo.MusicBrainzDisambiguation = release.Disambiguation
	}

	if err := a.db.Save(&albumInfo).Error; err != nil {
		return nil, fmt.Errorf("save upstream info: %w", err)
	}

	return &albumInfo, nil
}

func musicBrainzRelease(ctx context.Context, mbClient *musicbrainz.Client, mbid string) *musicbrainz.Release {
	if mbClient == nil || mbid == "" {
		return nil
	}
	release, err := mbClient.GetRelease(ctx, mbid, "release-groups")
	if err != nil {
		log.Printf("error fetching musicbrainz release %s: %v", mbid, err)
		return nil
	}
	return release
}
