// Package acl is a trimmed copy of github.com/drone/drone/handler/api/acl
// (repo.go: InjectRepository; logging left out).
package acl

import (
	"context"
	"errors"
	"net/http"
	"time"

	"example.com/heldout/drone/core"
	"example.com/heldout/drone/handler/api/render"
	"example.com/heldout/drone/pkg/chi"
)

type key int

const (
	userKey key = iota
	repoKey
	permKey
)

// UserFrom returns the value for the user key from the context
// (stand-in for handler/api/request.UserFrom).
func UserFrom(ctx context.Context) (*core.User, bool) {
	user, ok := ctx.Value(userKey).(*core.User)
	return user, ok
}

// InjectRepository returns an http.Handler middleware that injects
// the repository and repository permissions into the context.
func InjectRepository(
	repoz core.RepositoryService,
	repos core.RepositoryStore,
	perms core.PermStore,
) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			var (
				ctx   = r.Context()
				owner = chi.URLParam(r, "owner")
				name  = chi.URLParam(r, "name")
			)

			// the user is stored in the context and is
			// provided by a an ancestor middleware in the
			// chain.
			user, sessionExists := UserFrom(ctx)

			repo, err := repos.FindName(ctx, owner, name)
			if err != nil {
				if sessionExists {
					render.NotFound(w, errors.New("Not Found"))
				} else {
					render.Unauthorized(w, errors.New("Unauthorized"))
				}
				return
			}

			ctx = context.WithValue(ctx, repoKey, repo)

			if !sessionExists {
				next.ServeHTTP(w, r.WithContext(ctx))
				return
			}

			// else get the cached permissions from the database
			// for the user and repository.
			perm, err := perms.Find(ctx, repo.UID, user.ID) // safe: the lookup guards an update only; a missing perm row is never inserted here (it is created by the syncer's INSERT ... IGNORE)
			if err != nil {
				// if the permissions are not found we forward
				// the request to the next handler in the chain
				// with no permissions in the context.
				next.ServeHTTP(w, r.WithContext(ctx))
				return
			}

			// because the permissions are synced with the remote
			// system (e.g. github) they may be stale. If the permissions
			// are stale they are refreshed below.
			if perm.Synced == 0 || time.Unix(perm.Synced, 0).Add(time.Hour).Before(time.Now()) {
				permv, err := repoz.FindPerm(ctx, user, repo.Slug)
				if err != nil {
					render.NotFound(w, errors.New("Not Found"))
					return
				}

				perm.Synced = time.Now().Unix()
				perm.Read = permv.Read
				perm.Write = permv.Write
				perm.Admin = permv.Admin

				perms.Update(ctx, perm)
			}

			ctx = context.WithValue(ctx, permKey, perm)
			next.ServeHTTP(w, r.WithContext(ctx))
		})
	}
}
