// Package chi is a stand-in for github.com/go-chi/chi (URLParam only).
package chi

import "net/http"

// URLParam returns the url parameter from a http.Request object.
func URLParam(r *http.Request, key string) string {
	return r.URL.Query().Get(key)
}
