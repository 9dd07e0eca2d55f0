// Package impart is a stand-in for github.com/writeas/impart (the subset
// writefreely uses).
package impart

import (
	"encoding/json"
	"net/http"
)

// HTTPError is an error carrying an HTTP status.
type HTTPError struct {
	Status  int
	Message string
}

func (h HTTPError) Error() string {
	return h.Message
}

// WriteSuccess writes a JSON success envelope.
func WriteSuccess(w http.ResponseWriter, data interface{}, status int) error {
	w.Header().Set("Content-Type", "application/json; charset=UTF-8")
	w.WriteHeader(status)
	return json.NewEncoder(w).Encode(map[string]interface{}{"code": status, "data": data})
}

// RenderActivityJSON writes an ActivityPub JSON response.
func RenderActivityJSON(w http.ResponseWriter, data interface{}, status int) error {
	w.Header().Set("Content-Type", "application/activity+json")
	w.WriteHeader(status)
	return json.NewEncoder(w).Encode(data)
}
