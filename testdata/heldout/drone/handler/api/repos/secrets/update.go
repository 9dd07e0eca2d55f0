// Package secrets is a trimmed copy of
// github.com/drone/drone/handler/api/repos/secrets (update.go: HandleUpdate).
package secrets

import (
	"encoding/json"
	"net/http"

	"example.com/heldout/drone/core"
	"example.com/heldout/drone/handler/api/render"
	"example.com/heldout/drone/pkg/chi"
)

type secretUpdate struct {
	Data            *string `json:"data"`
	PullRequest     *bool   `json:"pull_request"`
	PullRequestPush *bool   `json:"pull_request_push"`
}

// HandleUpdate returns an http.HandlerFunc that processes http
// requests to update a secret.
func HandleUpdate(
	repos core.RepositoryStore,
	secrets core.SecretStore,
) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var (
			namespace = chi.URLParam(r, "owner")
			name      = chi.URLParam(r, "name")
			secret    = chi.URLParam(r, "secret")
		)

		in := new(secretUpdate)
		err := json.NewDecoder(r.Body).Decode(in)
		if err != nil {
			render.BadRequest(w, err)
			return
		}

		repo, err := repos.FindName(r.Context(), namespace, name)
		if err != nil {
			render.NotFound(w, err)
			return
		}

		s, err := secrets.FindName(r.Context(), repo.ID, secret) // safe: the lookup guards an update only (404 when missing)
		if err != nil {
			render.NotFound(w, err)
			return
		}

		if in.Data != nil {
			s.Data = *in.Data
		}
		if in.PullRequest != nil {
			s.PullRequest = *in.PullRequest
		}
		if in.PullRequestPush != nil {
			s.PullRequestPush = *in.PullRequestPush
		}

		err = secrets.Update(r.Context(), s)
		if err != nil {
			render.InternalError(w, err)
			return
		}

		render.JSON(w, s, 200)
	}
}
