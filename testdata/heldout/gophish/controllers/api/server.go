package api

import (
	"encoding/json"
	"fmt"
	"net/http"

	log "example.com/heldout/gophish/logger"
)

// Server represents the routes and functionality of the Gophish API
// (controllers/api/server.go:20; worker and limiter trimmed). Routes
// (server.go:55-89), all behind mid.RequireAPIKey:
//
//	/api/groups/         -> as.Groups
//	/api/groups/{id}     -> as.Group
//	/api/templates/      -> as.Templates
//	/api/pages/          -> as.Pages
//	/api/smtp/           -> as.SendingProfiles
//	/api/users/          -> as.Users (RequirePermission(modify_system))
//	/api/users/{id}      -> as.User
type Server struct {
	handler http.Handler
}

// JSONResponse attempts to set the status code, c, and marshal the given
// interface, d, into a response (controllers/api/response.go:13).
func JSONResponse(w http.ResponseWriter, d interface{}, c int) {
	dj, err := json.MarshalIndent(d, "", "  ")
	if err != nil {
		http.Error(w, "Error creating JSON response", http.StatusInternalServerError)
		log.Error(err)
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(c)
	fmt.Fprintf(w, "%s", dj)
}
