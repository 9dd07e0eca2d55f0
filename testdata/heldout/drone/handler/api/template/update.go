// Package template is a trimmed copy of
// github.com/drone/drone/handler/api/template (update.go: HandleUpdate).
package template

import (
	"encoding/json"
	"net/http"

	"example.com/heldout/drone/core"
	"example.com/heldout/drone/handler/api/render"
	"example.com/heldout/drone/pkg/chi"
)

type templateUpdate struct {
	Data      *string `json:"data"`
	Namespace *string `json:"namespace"`
}

// HandleUpdate returns an http.HandlerFunc that processes http
// requests to update a template.
func HandleUpdate(templateStore core.TemplateStore) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var (
			name      = chi.URLParam(r, "name")
			namespace = chi.URLParam(r, "namespace")
		)

		in := new(templateUpdate)
		err := json.NewDecoder(r.Body).Decode(in)
		if err != nil {
			render.BadRequest(w, err)
			return
		}

		s, err := templateStore.FindName(r.Context(), name, namespace) // safe: the lookup guards an update only (404 when missing)
		if err != nil {
			render.NotFound(w, err)
			return
		}

		if in.Data != nil {
			s.Data = *in.Data
		}
		if in.Namespace != nil {
			s.Namespace = *in.Namespace
		}

		err = templateStore.Update(r.Context(), s)
		if err != nil {
			render.InternalError(w, err)
			return
		}

		render.JSON(w, s, 200)
	}
}
