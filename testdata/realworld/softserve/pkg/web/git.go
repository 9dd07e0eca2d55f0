// Package web is a reduced copy of pkg/web: the git smart-HTTP access
// middleware (git.go) and the Git LFS handlers (git_lfs.go).
package web

import (
	"encoding/json"
	"errors"
	"net/http"
	"strings"

	"example.com/realworld/softserve/pkg/access"
	"example.com/realworld/softserve/pkg/backend"
	"example.com/realworld/softserve/pkg/config"
	"example.com/realworld/softserve/pkg/lfs"
	"example.com/realworld/softserve/pkg/proto"
	"example.com/realworld/softserve/third_party/log"
	"example.com/realworld/softserve/third_party/mux"
)

const (
	receivePackService = "git-receive-pack"
	uploadPackService  = "git-upload-pack"
)

// ErrInvalidToken is returned when a token is invalid (pkg/web/auth.go).
var ErrInvalidToken = errors.New("invalid token")

// authenticate authenticates the request (pkg/web/auth.go, reduced: basic
// auth / access tokens / JWT parsing is dropped).
func authenticate(r *http.Request) (proto.User, error) {
	return proto.UserFromContext(r.Context()), nil
}

// withAccess handles auth.
// pkg/web/git.go:200 (routes: every /<repo>.git/... smart-HTTP and LFS
// request, pkg/web/git.go route table; reduced to the receive-pack and LFS
// cases)
func withAccess(next http.Handler) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		ctx := r.Context()
		cfg := config.FromContext(ctx)
		logger := log.FromContext(ctx)
		be := backend.FromContext(ctx)

		// Store repository in context
		// We're not checking for errors here because we want to allow
		// repo creation on the fly.
		repoName := mux.Vars(r)["repo"]
		repo, _ := be.Repository(ctx, repoName) // race
		ctx = proto.WithRepositoryContext(ctx, repo)
		r = r.WithContext(ctx)

		user, err := authenticate(r)
		if err != nil {
			switch {
			case errors.Is(err, ErrInvalidToken):
			case errors.Is(err, proto.ErrUserNotFound):
			default:
				logger.Error("failed to authenticate", "err", err)
			}
		}

		if user == nil && !be.AllowKeyless(ctx) {
			renderUnauthorized(w, r)
			return
		}

		// Store user in context
		ctx = proto.WithUserContext(ctx, user)
		r = r.WithContext(ctx)

		service := mux.Vars(r)["service"]

		accessLevel := be.AccessLevelForUser(ctx, repoName, user)
		ctx = access.WithContext(ctx, accessLevel)
		r = r.WithContext(ctx)

		file := mux.Vars(r)["file"]

		switch {
		case strings.HasPrefix(file, "info/lfs"):
			if !cfg.LFS.Enabled {
				logger.Debug("LFS is not enabled, skipping")
				renderNotFound(w, r)
				return
			}

			if accessLevel < access.ReadOnlyAccess {
				renderJSON(w, http.StatusUnauthorized, lfs.ErrorResponse{
					Message: "credentials needed",
				})
				return
			}

		case service == receivePackService:
			if accessLevel < access.ReadWriteAccess {
				renderUnauthorized(w, r)
				return
			}

			// Create the repo if it doesn't exist.
			if repo == nil {
				repo, err = be.CreateRepository(ctx, repoName, user, proto.RepositoryOptions{})
				if err != nil {
					logger.Error("failed to create repository", "repo", repoName, "err", err)
					renderInternalServerError(w, r)
					return
				}

				ctx = proto.WithRepositoryContext(ctx, repo)
				r = r.WithContext(ctx)
			}

			fallthrough
		case service == uploadPackService:
			if repo == nil {
				// If the repo doesn't exist, return 404
				renderNotFound(w, r)
				return
			} else if accessLevel < access.ReadOnlyAccess {
				renderUnauthorized(w, r)
				return
			}
		}

		switch {
		case repo == nil, accessLevel < access.ReadOnlyAccess:
			// Don't hint that the repo exists if the user doesn't have access
			renderNotFound(w, r)
			return
		}

		next.ServeHTTP(w, r)
	}
}

// renderJSON renders a JSON response (pkg/web/util.go / git.go helpers).
func renderJSON(w http.ResponseWriter, statusCode int, v interface{}) {
	w.Header().Set("Content-Type", lfs.MediaType)
	w.WriteHeader(statusCode)
	json.NewEncoder(w).Encode(v) //nolint: errcheck
}

func renderStatus(code int) http.HandlerFunc {
	return func(w http.ResponseWriter, _ *http.Request) {
		w.WriteHeader(code)
	}
}

func renderUnauthorized(w http.ResponseWriter, r *http.Request) {
	renderStatus(http.StatusUnauthorized)(w, r)
}

func renderNotFound(w http.ResponseWriter, r *http.Request) {
	renderStatus(http.StatusNotFound)(w, r)
}

func renderInternalServerError(w http.ResponseWriter, r *http.Request) {
	renderStatus(http.StatusInternalServerError)(w, r)
}

func renderNotAcceptable(w http.ResponseWriter) {
	renderStatus(http.StatusNotAcceptable)(w, nil)
}

func isLfs(r *http.Request) bool {
	return strings.HasPrefix(r.Header.Get("Content-Type"), lfs.MediaType)
}

func isBinary(r *http.Request) bool {
	return r.Header.Get("Content-Type") == "application/octet-stream"
}

// Handler returns the LFS and smart-HTTP routes wrapped by withAccess
// (pkg/web/git.go route table, reduced).
func Handler() http.Handler {
	m := http.NewServeMux()
	m.Handle("/lfs/objects/batch", withAccess(http.HandlerFunc(serviceLfsBatch)))
	m.Handle("/lfs/objects/basic", withAccess(http.HandlerFunc(serviceLfsBasicUpload)))
	m.Handle("/git-receive-pack", withAccess(http.NotFoundHandler()))
	return m
}
