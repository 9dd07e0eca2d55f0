package ctrlsubsonic

// Reproduces go.senan.xyz/gonic/server/ctrlsubsonic/handlers_by_tags.go (trimmed to
// star/rating and the info-cache entry points).
//
// jinzhu/gorm Save (main.go:471-481): the star and rating models have a composite primary
// key (user_id, <item>_id) (db/db.go:485-519), both set before Save, so Save is
// UPDATE ... WHERE user_id=? AND <item>_id=? and, when it affects no row, FirstOrCreate
// (main.go:429-440): SELECT by the primary key, then INSERT. Two concurrent star (or
// setRating) requests of one user for one item, first time, can both see no row and both
// INSERT; the second fails on the primary key ("save album star: UNIQUE constraint failed")
// where, run one after the other, it would have updated the row. No transaction, no lock.

import (
	"errors"
	"log"
	"net/http"
	"time"

	"github.com/jinzhu/gorm"

	"example.com/heldout/gonic/db"
	"example.com/heldout/gonic/server/ctrlsubsonic/params"
	"example.com/heldout/gonic/server/ctrlsubsonic/spec"
	"example.com/heldout/gonic/server/ctrlsubsonic/specid"
)

// ServeGetArtistInfoTwo reproduces handlers_by_tags.go:320 (trimmed): entry point of the
// ArtistInfoCache.GetOrLookup -> Lookup site.
func (c *Controller) ServeGetArtistInfoTwo(r *http.Request) *spec.Response {
	params := r.Context().Value(CtxParams).(params.Params)
	id, err := params.GetID("id")
	if err != nil {
		return spec.NewError(10, "please provide an `id` parameter")
	}

	var artist db.Artist
	err = c.dbc.
		Where("id=?", id.Value).
		Find(&artist).
		Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return spec.NewError(70, "artist with id %q not found", id)
	}
	if err != nil {
		return spec.NewError(0, "find artist: %v", err)
	}

	sub := spec.NewResponse()

	if _, err := c.artistInfoCache.GetOrLookup(r.Context(), artist.ID); err != nil {
		log.Printf("error fetching artist info from lastfm: %v", err)
		return sub
	}
	return sub
}

// ServeGetAlbumInfoTwo reproduces handlers_by_tags.go:416 (trimmed): entry point of the
// AlbumInfoCache.GetOrLookup -> Lookup site.
func (c *Controller) ServeGetAlbumInfoTwo(r *http.Request) *spec.Response {
	params := r.Context().Value(CtxParams).(params.Params)
	id, err := params.GetID("id")
	if err != nil {
		return spec.NewError(10, "please provide an `id` parameter")
	}

	var album db.Album
	err = c.dbc.
		Where("id=?", id.Value).
		Find(&album).
		Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return spec.NewError(70, "album with id %q not found", id)
	}
	if err != nil {
		return spec.NewError(0, "find album: %v", err)
	}

	sub := spec.NewResponse()

	if _, err := c.albumInfoCache.GetOrLookup(r.Context(), album.ID); err != nil {
		log.Printf("error fetching album info from lastfm: %v", err)
		return sub
	}
	return sub
}

func starIDsOfType(p params.Params, typ specid.IDT) []int {
	var ids []specid.ID
	ids = append(ids, p.GetOrIDList("id", nil)...)
	ids = append(ids, p.GetOrIDList("albumId", nil)...)
	ids = append(ids, p.GetOrIDList("artistId", nil)...)

	var out []int
	for _, id := range ids {
		if id.Type != typ {
			continue
		}
		out = append(out, id.Value)
	}
	return out
}

// ServeStar reproduces handlers_by_tags.go:896 (lookups :903, :916, :929; saves :909, :922, :935).
func (c *Controller) ServeStar(r *http.Request) *spec.Response {
	params := r.Context().Value(CtxParams).(params.Params)
	user := r.Context().Value(CtxUser).(*db.User)

	stardate := time.Now()
	for _, id := range starIDsOfType(params, specid.Album) {
		var albumstar db.AlbumStar
		// album_stars primary key (user_id, album_id), db/db.go:486-487.
		if err := c.dbc.Where("user_id=? AND album_id=?", user.ID, id).First(&albumstar).Error; err != nil && !errors.Is(err, gorm.ErrRecordNotFound) { // race
			return spec.NewError(0, "find album star: %v", err)
		}
		albumstar.UserID = user.ID
		albumstar.AlbumID = id
		albumstar.StarDate = stardate
		if err := c.dbc.Save(&albumstar).Error; err != nil {
			return spec.NewError(0, "save album star: %v", err)
		}
	}

	for _, id := range starIDsOfType(params, specid.Artist) {
		var artiststar db.ArtistStar
		// artist_stars primary key (user_id, artist_id), db/db.go:498-499.
		if err := c.dbc.Where("user_id=? AND artist_id=?", user.ID, id).First(&artiststar).Error; err != nil && !errors.Is(err, gorm.ErrRecordNotFound) { // race
			return spec.NewError(0, "find artist star: %v", err)
		}
		artiststar.UserID = user.ID
		artiststar.ArtistID = id
		artiststar.StarDate = stardate
		if err := c.dbc.Save(&artiststar).Error; err != nil {
			return spec.NewError(0, "save artist star: %v", err)
		}
	}

	for _, id := range starIDsOfType(params, specid.Track) {
		var trackstar db.TrackStar
		// track_stars primary key (user_id, track_id), db/db.go:510-511.
		if err := c.dbc.Where("user_id=? AND track_id=?", user.ID, id).First(&trackstar).Error; err != nil && !errors.Is(err, gorm.ErrRecordNotFound) { // race
			return spec.NewError(0, "find track star: %v", err)
		}
		trackstar.UserID = user.ID
		trackstar.TrackID = id
		trackstar.StarDate = stardate
		if err := c.dbc.Save(&trackstar).Error; err != nil {
			return spec.NewError(0, "save track star: %v", err)
		}
	}

	return spec.NewResponse()
}

// ServeSetRating reproduces handlers_by_tags.go:969 (lookups :990, :1013, :1036; saves
// :1002, :1025, :1048).
//
//nolint:gocyclo // we could probably simplify this with some interfaces or generics. but it's fine for now
func (c *Controller) ServeSetRating(r *http.Request) *spec.Response {
	params := r.Context().Value(CtxParams).(params.Params)
	id, err := params.GetID("id")
	if err != nil {
		return spec.NewError(10, "please provide a valid id")
	}
	rating, err := params.GetInt("rating")
	if err != nil || rating < 0 || rating > 5 {
		return spec.NewError(10, "please provide a valid rating")
	}

	user := r.Context().Value(CtxUser).(*db.User)

	switch id.Type {
	case specid.Album:
		var album db.Album
		err := c.dbc.Where("id=?", id.Value).First(&album).Error
		if err != nil {
			return spec.NewError(0, "fetch album: %v", err)
		}
		var albumRating db.AlbumRating
		// album_ratings primary key (user_id, album_id), db/db.go:492-493.
		if err := c.dbc.Where("user_id=? AND album_id=?", user.ID, id.Value).First(&albumRating).Error; err != nil && !errors.Is(err, gorm.ErrRecordNotFound) { // race
			return spec.NewError(0, "fetch album rating: %v", err)
		}
		switch {
		case rating == 0 && albumRating.AlbumID == album.ID:
			if err := c.dbc.Delete(&albumRating).Error; err != nil {
				return spec.NewError(0, "delete album rating: %v", err)
			}
		case rating > 0:
			albumRating.UserID = user.ID
			albumRating.AlbumID = id.Value
			albumRating.Rating = rating
			if err := c.dbc.Save(&albumRating).Error; err != nil {
				return spec.NewError(0, "save album rating: %v", err)
			}
		}
	case specid.Artist:
		var artist db.Artist
		err := c.dbc.Where("id=?", id.Value).First(&artist).Error
		if err != nil {
			return spec.NewError(0, "fetch artist: %v", err)
		}
		var artistRating db.ArtistRating
		// artist_ratings primary key (user_id, artist_id), db/db.go:504-505.
		if err := c.dbc.Where("user_id=? AND artist_id=?", user.ID, id.Value).First(&artistRating).Error; err != nil && !errors.Is(err, gorm.ErrRecordNotFound) { // race
			return spec.NewError(0, "fetch artist rating: %v", err)
		}
		switch {
		case rating == 0 && artistRating.ArtistID == artist.ID:
			if err := c.dbc.Delete(&artistRating).Error; err != nil {
				return spec.NewError(0, "delete artist rating: %v", err)
			}
		case rating > 0:
			artistRating.UserID = user.ID
			artistRating.ArtistID = id.Value
			artistRating.Rating = rating
			if err := c.dbc.Save(&artistRating).Error; err != nil {
				return spec.NewError(0, "save artist rating: %v", err)
			}
		}
	case specid.Track:
		var track db.Track
		err := c.dbc.Where("id=?", id.Value).First(&track).Error
		if err != nil {
			return spec.NewError(0, "fetch track: %v", err)
		}
		var trackRating db.TrackRating
		// track_ratings primary key (user_id, track_id), db/db.go:516-517.
		if err := c.dbc.Where("user_id=? AND track_id=?", user.ID, id.Value).First(&trackRating).Error; err != nil && !errors.Is(err, gorm.ErrRecordNotFound) { // race
			return spec.NewError(0, "fetch track rating: %v", err)
		}
		switch {
		case rating == 0 && trackRating.TrackID == track.ID:
			if err := c.dbc.Delete(&trackRating).Error; err != nil {
				return spec.NewError(0, "delete track rating: %v", err)
			}
		case rating > 0:
			trackRating.UserID = user.ID
			trackRating.TrackID = id.Value
			trackRating.Rating = rating
			if err := c.dbc.Save(&trackRating).Error; err != nil {
				return spec.NewError(0, "save track rating: %v", err)
			}
		}
	default:
		return spec.NewError(0, "non-album non-artist non-track id cannot be rated")
	}

	return spec.NewResponse()
}
