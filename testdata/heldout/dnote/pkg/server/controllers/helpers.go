// Package controllers reproduces dnote/dnote 8ffd44f36287 pkg/server/controllers.
package controllers

import (
	"encoding/json"
	"net/http"
	"strings"

	"example.com/heldout/dnote/pkg/server/log"
	"example.com/heldout/dnote/pkg/server/views"
	"github.com/pkg/errors"
)

// parseRequestData reproduces pkg/server/controllers/helpers.go:37.
func parseRequestData(r *http.Request, dst interface{}) error {
	ct := r.Header.Get("Content-Type")

	if ct == "application/x-www-form-urlencoded" {
		if err := parseForm(r, dst); err != nil {
			return errors.Wrap(err, "parsing form")
		}

		return nil
	}

	// default to JSON
	if err := parseJSON(r, dst); err != nil {
		return errors.Wrap(err, "parsing JSON")
	}

	return nil
}

// parseForm reproduces pkg/server/controllers/helpers.go:56; the gorilla/schema
// decoding of r.PostForm into dst is left out.
func parseForm(r *http.Request, dst interface{}) error {
	if err := r.ParseForm(); err != nil {
		return err
	}
	_ = dst

	return nil
}

// parseJSON reproduces pkg/server/controllers/helpers.go:84.
func parseJSON(r *http.Request, dst interface{}) error {
	dec := json.NewDecoder(r.Body)

	if err := dec.Decode(dst); err != nil {
		return err
	}

	return nil
}

// handleHTMLError reproduces pkg/server/controllers/helpers.go:254 (status mapping trimmed).
// handleHTMLError writes the error to the log and sets the error message in the data.
func handleHTMLError(w http.ResponseWriter, r *http.Request, err error, msg string, v *views.View, d views.Data) {
	statusCode := http.StatusInternalServerError

	log.ErrorWrap(err, msg)

	d.SetAlert(err, v.AlertInBody)
	v.Render(w, r, &d, statusCode)
}

// getClientType reproduces pkg/server/controllers/helpers.go:316.
func getClientType(r *http.Request) string {
	origin := r.Header.Get("Origin")

	if strings.HasPrefix(origin, "moz-extension://") {
		return "firefox-extension"
	}

	if strings.HasPrefix(origin, "chrome-extension://") {
		return "chrome-extension"
	}

	userAgent := r.Header.Get("User-Agent")
	if strings.HasPrefix(userAgent, "Go-http-client") {
		return "cli"
	}

	return "web"
}
