// Package render is a stand-in for github.com/go-chi/render (Render).
package render

import (
	"encoding/json"
	"net/http"
)

type Renderer interface {
	Render(w http.ResponseWriter, r *http.Request) error
}

func Render(w http.ResponseWriter, r *http.Request, v Renderer) error {
	if err := v.Render(w, r); err != nil {
		return err
	}
	return json.NewEncoder(w).Encode(v)
}
