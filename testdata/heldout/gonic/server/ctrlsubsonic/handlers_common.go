//nolint:goconst
package ctrlsubsonic

// Reproduces go.senan.xyz/gonic/server/ctrlsubsonic/handlers_common.go (trimmed).

import (
	"errors"
	"fmt"
	"net/http"
	"time"

	"github.com/jinzhu/gorm"

	"example.com/heldout/gonic/db"
	"example.com/heldout/gonic/server/ctrlsubsonic/params"
	"example.com/heldout/gonic/server/ctrlsubsonic/spec"
	"example.com/heldout/gonic/server/ctrlsubsonic/specid"
)

// ServeScrobble reproduces handlers_common.go:54 (trimmed: the last.fm / ListenBrainz
// scrobblers are left out). The stats are updated on every call, whatever `submission`.
func (c *Controller) ServeScrobble(r *http.Request) *spec.Response {
	user := r.Context().Value(CtxUser).(*db.User)
	params := r.Context().Value(CtxParams).(params.Params)

	id, err := params.GetID("id")
	if err != nil {
		return spec.NewError(10, "please provide a `id` parameter")
	}

	optStamp := params.GetOrTime("time", time.Now())

	switch id.Type {
	case specid.Track:
		var track db.Track
		if err := c.dbc.Preload("Album").First(&track, id.Value).Error; err != nil {
			return spec.NewError(0, "error finding track: %v", err)
		}
		if track.Album == nil {
			return spec.NewError(0, "track has no album %d", track.ID)
		}

		if err := scrobbleStatsUpdateTrack(c.dbc, &track, user.ID, optStamp); err != nil {
			return spec.NewError(0, "error updating stats: %v", err)
		}

	case specid.PodcastEpisode:
		var podcastEpisode db.PodcastEpisode
		if err := c.dbc.Preload("Podcast").First(&podcastEpisode, id.Value).Error; err != nil {
			return spec.NewError(0, "error finding podcast episode: %v", err)
		}

		if err := scrobbleStatsUpdatePodcastEpisode(c.dbc, id.Value); err != nil {
			return spec.NewError(0, "error updating stats: %v", err)
		}
	default:
		return spec.NewError(0, "can't scrobble type %s", id.Type)
	}

	return spec.NewResponse()
}

// ServeSavePlayQueue reproduces handlers_common.go:260 (lookup :277, save :285).
func (c *Controller) ServeSavePlayQueue(r *http.Request) *spec.Response {
	params := r.Context().Value(CtxParams).(params.Params)
	tracks, err := params.GetIDList("id")
	if err != nil {
		return spec.NewError(10, "please provide some `id` parameters")
	}
	trackIDs := make([]specid.ID, 0, len(tracks))
	for _, id := range tracks {
		if (id.Type == specid.Track) || (id.Type == specid.PodcastEpisode) {
			trackIDs = append(trackIDs, id)
		}
	}
	if len(trackIDs) == 0 {
		return spec.NewError(10, "no track ids provided")
	}
	user := r.Context().Value(CtxUser).(*db.User)
	var queue db.PlayQueue
	// Not found leaves queue.ID 0, so Save is an INSERT with a fresh id. Two concurrent
	// first savePlayQueue of one user (two clients, or one client's repeated saves) both
	// insert: two play_queues rows for the user; later calls find and update the first.
	if err := c.dbc.Where("user_id=?", user.ID).First(&queue).Error; err != nil && !errors.Is(err, gorm.ErrRecordNotFound) { // race; no unique key: play_queues has only the id primary key; user_id is a plain REFERENCES column (db/db.go:393-403), no index on it in AutoMigrate or migrations
		return spec.NewError(0, "error finding play queue: %v", err)
	}
	queue.UserID = user.ID
	queue.Current = params.GetOrID("current", specid.ID{}).String()
	queue.Position = params.GetOrInt("position", 0)
	queue.ChangedBy = params.GetOr("c", "") // must exist, middleware checks
	queue.SetItems(trackIDs)
	if err := c.dbc.Save(&queue).Error; err != nil {
		return spec.NewError(0, "error saving play queue: %v", err)
	}
	return spec.NewResponse()
}

// scrobbleStatsUpdateTrack reproduces handlers_common.go:750 (lookup :752, save :762).
// Not found leaves play.ID 0, so Save is a plain INSERT. Two concurrent scrobbles of one
// track by one user (first play) both insert; track_plays (user_id, track_id) is
// unique_index idx_track_plays_track_user (db/db.go:335, :337), so the second fails
// ("save stat") where, run one after the other, it would have incremented the count.
func scrobbleStatsUpdateTrack(dbc *db.DB, track *db.Track, userID int, playTime time.Time) error {
	var play db.TrackPlay
	if err := dbc.Where("track_id=? AND user_id=?", track.ID, userID).First(&play).Error; err != nil && !errors.Is(err, gorm.ErrRecordNotFound) { // race
		return fmt.Errorf("find stat: %w", err)
	}
	play.TrackID = track.ID
	play.UserID = userID
	play.Count++
	play.Length += track.Length
	if playTime.After(play.Time) {
		play.Time = playTime
	}
	if err := dbc.Save(&play).Error; err != nil {
		return fmt.Errorf("save stat: %w", err)
	}
	return nil
}

// scrobbleStatsUpdatePodcastEpisode reproduces handlers_common.go:768 (lookup :770, save :776).
func scrobbleStatsUpdatePodcastEpisode(dbc *db.DB, peID int) error {
	var pe db.PodcastEpisode
	if err := dbc.Where("id=?", peID).First(&pe).Error; err != nil && !errors.Is(err, gorm.ErrRecordNotFound) { // safe: the lookup by primary key guards an update (the caller checked the episode exists, :97); were it deleted meanwhile, Save of the zero-id value would insert a blank episode under a fresh auto-increment id, not a second row for peID
		return fmt.Errorf("find podcast episode: %w", err)
	}

	pe.ModifiedAt = time.Now()

	if err := dbc.Save(&pe).Error; err != nil {
		return fmt.Errorf("save podcast episode: %w", err)
	}
	return nil
}
