package ctrladmin

// Reproduces go.senan.xyz/gonic/server/ctrladmin/ctrl.go (trimmed: sessions
// (github.com/gorilla/sessions via github.com/sentriz/gormstore), templates and flashes are
// left out). Each request runs its handler in its own net/http goroutine on the shared
// *db.DB; the user routes need a logged-in session, the admin routes an admin user.

import (
	"errors"
	"net/http"

	"example.com/heldout/gonic/db"
	"example.com/heldout/gonic/podcast"
	"example.com/heldout/gonic/scanner"
)

type CtxKey int

const (
	CtxUser CtxKey = iota
	CtxSession
)

type Controller struct {
	*http.ServeMux

	dbc      *db.DB
	scanner  *scanner.Scanner
	podcasts *podcast.Podcasts
}

func New(dbc *db.DB, scanner *scanner.Scanner, podcasts *podcast.Podcasts) (*Controller, error) {
	c := Controller{
		ServeMux: http.NewServeMux(),
		dbc:      dbc,
		scanner:  scanner,
		podcasts: podcasts,
	}

	// user routes (if session is valid)
	c.Handle("POST /create_transcode_format_pref_do", resp(c.ServeCreateTranscodeFormatPrefDo))

	// admin routes (if session is valid, and is admin)
	c.Handle("POST /update_lastfm_api_key_do", resp(c.ServeUpdateLastFMAPIKeyDo))
	c.Handle("POST /update_internet_radio_station_do", resp(c.ServeInternetRadioStationUpdateDo))

	return &c, nil
}

type Response struct {
	// code is 200
	template string
	// code is 303
	redirect string
	flashN   []string // normal
	flashW   []string // warning
	// code is >= 400
	code int
	err  string
}

type handlerAdmin func(r *http.Request) *Response

func resp(h handlerAdmin) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_ = h(r)
	})
}

var errValiKeysAllFields = errors.New("please enter both fields")

func validateAPIKey(apiKey, secret string) error {
	if apiKey == "" || secret == "" {
		return errValiKeysAllFields
	}
	return nil
}
