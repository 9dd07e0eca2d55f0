package ctrlsubsonic

// Reproduces go.senan.xyz/gonic/server/ctrlsubsonic/ctrl.go (trimmed): the Subsonic API
// controller. Every route runs withUser (ctrl.go:233, GetUserByName) and then its handler
// in its own net/http goroutine; handlers share one *db.DB (SQLite, pool of 4 connections,
// db/db.go:42) and issue autocommit statements outside any transaction.

import (
	"context"
	"net/http"

	"example.com/heldout/gonic/db"
	"example.com/heldout/gonic/infocache/albuminfocache"
	"example.com/heldout/gonic/infocache/artistinfocache"
	"example.com/heldout/gonic/podcast"
	"example.com/heldout/gonic/scanner"
	"example.com/heldout/gonic/server/ctrlsubsonic/params"
	"example.com/heldout/gonic/server/ctrlsubsonic/spec"
)

type CtxKey int

const (
	CtxUser CtxKey = iota
	CtxSession
	CtxParams
)

type Controller struct {
	*http.ServeMux

	dbc             *db.DB
	scanner         *scanner.Scanner
	podcasts        *podcast.Podcasts
	artistInfoCache *artistinfocache.ArtistInfoCache
	albumInfoCache  *albuminfocache.AlbumInfoCache
}

func New(dbc *db.DB, scannr *scanner.Scanner, podcasts *podcast.Podcasts, artistInfoCache *artistinfocache.ArtistInfoCache, albumInfoCache *albuminfocache.AlbumInfoCache) (*Controller, error) {
	c := Controller{
		ServeMux:        http.NewServeMux(),
		dbc:             dbc,
		scanner:         scannr,
		podcasts:        podcasts,
		artistInfoCache: artistInfoCache,
		albumInfoCache:  albumInfoCache,
	}

	chain := func(h http.Handler) http.Handler { return withParams(withUser(dbc)(h)) }

	c.Handle("/scrobble", chain(resp(c.ServeScrobble)))
	c.Handle("/savePlayQueue", chain(resp(c.ServeSavePlayQueue)))
	c.Handle("/createBookmark", chain(resp(c.ServeCreateBookmark)))
	c.Handle("/getArtistInfo2", chain(resp(c.ServeGetArtistInfoTwo)))
	c.Handle("/getAlbumInfo2", chain(resp(c.ServeGetAlbumInfoTwo)))
	c.Handle("/star", chain(resp(c.ServeStar)))
	c.Handle("/setRating", chain(resp(c.ServeSetRating)))
	c.Handle("/updateInternetRadioStation", chain(resp(c.ServeUpdateInternetRadioStation)))

	return &c, nil
}

type handlerSubsonic func(r *http.Request) *spec.Response

func resp(h handlerSubsonic) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_ = h(r)
	})
}

func withParams(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		params := params.New(r)
		withParams := context.WithValue(r.Context(), CtxParams, params)
		next.ServeHTTP(w, r.WithContext(withParams))
	})
}

func withUser(dbc *db.DB) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			params := r.Context().Value(CtxParams).(params.Params)
			username, _ := params.Get("u")
			user, err := dbc.GetUserByName(username)
			if err != nil || user == nil {
				return
			}
			withUser := context.WithValue(r.Context(), CtxUser, user)
			next.ServeHTTP(w, r.WithContext(withUser))
		})
	}
}
