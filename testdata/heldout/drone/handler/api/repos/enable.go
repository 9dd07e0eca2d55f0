// Package repos is a trimmed copy of github.com/drone/drone/handler/api/repos
// (enable.go: HandleEnable; the webhook sender and logging left out).
package repos

import (
	"net/http"
	"os"

	"example.com/heldout/drone/core"
	"example.com/heldout/drone/handler/api/acl"
	"example.com/heldout/drone/handler/api/render"
	"example.com/heldout/drone/pkg/chi"
	"example.com/heldout/drone/pkg/uniuri"
)

// FEATURE FLAG enables a static secret value used to sign
// incoming requests routed through a proxy.
var staticSigner = os.Getenv("DRONE_FEATURE_SERVER_PROXY_SECRET")

// HandleEnable returns an http.HandlerFunc that processes http
// requests to enable a repository in the system.
func HandleEnable(
	hooks core.HookService,
	repos core.RepositoryStore,
) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var (
			owner = chi.URLParam(r, "owner")
			name  = chi.URLParam(r, "name")
		)
		user, _ := acl.UserFrom(r.Context())
		// the repo row must already exist (created by the syncer); the
		// lookup only guards the webhook registration on the SCM and an
		// optimistic-locked UPDATE (Activate -> Update, repo_version).
		repo, err := repos.FindName(r.Context(), owner, name) // safe: the lookup guards an update only (404 when missing)
		if err != nil {
			render.NotFound(w, err)
			return
		}
		repo.Active = true
		repo.UserID = user.ID

		if repo.Config == "" {
			repo.Config = ".drone.yml"
		}
		if repo.Signer == "" {
			repo.Signer = uniuri.NewLen(32)
		}
		if repo.Secret == "" {
			repo.Secret = uniuri.NewLen(32)
		}
		if repo.Timeout == 0 {
			repo.Timeout = 60
		}

		if staticSigner != "" {
			repo.Signer = staticSigner
		}

		err = hooks.Create(r.Context(), user, repo)
		if err != nil {
			render.InternalError(w, err)
			return
		}

		err = repos.Activate(r.Context(), repo)
		if err == core.ErrRepoLimit {
			render.ErrorCode(w, err, 402)
			return
		}
		if err != nil {
			render.InternalError(w, err)
			return
		}

		render.JSON(w, repo, 200)
	}
}
