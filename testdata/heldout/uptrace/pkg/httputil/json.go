// Package httputil reproduces the subset of
// github.com/uptrace/uptrace/pkg/httputil used here.
package httputil

import (
	"encoding/json"
	"net/http"

	"example.com/heldout/uptrace/third_party/bunrouter"
)

// JSON reproduces pkg/httputil/json.go:16.
func JSON(w http.ResponseWriter, res any) error {
	w.Header().Set("Content-Type", "application/json")
	return json.NewEncoder(w).Encode(res)
}

// UnmarshalJSON reproduces pkg/httputil/json.go:64.
func UnmarshalJSON(
	w http.ResponseWriter,
	req bunrouter.Request,
	dst any,
	maxBytes int64,
) error {
	req.Body = http.MaxBytesReader(w, req.Body, maxBytes)

	dec := json.NewDecoder(req.Body)
	if err := dec.Decode(dst); err != nil {
		return err
	}
	return nil
}
