// Package utils is a reduced copy of owncast webserver/utils.
package utils

import (
	"encoding/json"
	"net/http"
)

type simpleResponse struct {
	Message string `json:"message"`
	Success bool   `json:"success"`
}

// WriteSimpleResponse writes a {success, message} JSON body.
func WriteSimpleResponse(w http.ResponseWriter, success bool, message string) {
	w.Header().Set("Content-Type", "application/json")
	if !success {
		w.WriteHeader(http.StatusBadRequest)
	}
	_ = json.NewEncoder(w).Encode(simpleResponse{Success: success, Message: message})
}

// WriteString writes text with the given status.
func WriteString(w http.ResponseWriter, text string, status int) error {
	w.WriteHeader(status)
	_, err := w.Write([]byte(text))
	return err
}
