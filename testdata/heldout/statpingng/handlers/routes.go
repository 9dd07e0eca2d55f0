package handlers

import (
	"net/http"

	"example.com/heldout/statpingng/pkg/mux"
)

// Router returns the routes of the reproduced handlers (upstream routes.go:
// :88 /api/setup, :89 /api/login, :146 /api/incidents/{id}/updates,
// :160 /api/notifier/{notifier}, :172 /api/checkins, :175 /checkin/{api};
// the API routes are wrapped in authenticated()).
func Router() *mux.Router {
	r := mux.NewRouter().StrictSlash(true)
	r.Handle("/api/setup", http.HandlerFunc(processSetupHandler)).Methods("POST")
	r.Handle("/api/login", http.HandlerFunc(apiLoginHandler)).Methods("POST")
	r.Handle("/api/incidents/{id}/updates", http.HandlerFunc(apiCreateIncidentUpdateHandler)).Methods("POST")
	r.Handle("/api/notifier/{notifier}", http.HandlerFunc(apiNotifierUpdateHandler)).Methods("POST")
	r.Handle("/api/checkins", http.HandlerFunc(checkinCreateHandler)).Methods("POST")
	r.Handle("/checkin/{api}", http.HandlerFunc(checkinHitHandler))
	return r
}

// RunHTTPServer (server.go) serves the router; trimmed.
func RunHTTPServer() error {
	return http.ListenAndServe(":8080", Router())
}
