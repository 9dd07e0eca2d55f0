package ui // import "example.com/realworld/miniflux/internal/ui"

import (
	"log/slog"
	"net/http"

	"example.com/realworld/miniflux/internal/config"
	"example.com/realworld/miniflux/internal/http/request"
	"example.com/realworld/miniflux/internal/http/response"
	"example.com/realworld/miniflux/internal/model"
	"example.com/realworld/miniflux/internal/storage"
)

// authProxyMiddleware is internal/ui/auth_proxy_middleware.go:17.
type authProxyMiddleware struct {
	basePath string
	store    *storage.Storage
}

func newAuthProxyMiddleware(basePath string, store *storage.Storage) *authProxyMiddleware {
	return &authProxyMiddleware{basePath: basePath, store: store}
}

// handle is internal/ui/auth_proxy_middleware.go:26 (trusted-proxy check and
// logging trimmed): UserByUsername (:60), nil -> CreateUser (:79).
func (m *authProxyMiddleware) handle(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if request.IsAuthenticated(r) || config.Opts.AuthProxyHeader() == "" {
			next.ServeHTTP(w, r)
			return
		}

		username := r.Header.Get(config.Opts.AuthProxyHeader())
		if username == "" {
			next.ServeHTTP(w, r)
			return
		}

		user, err := m.store.UserByUsername(username) // race
		if err != nil {
			response.HTMLServerError(w, r, err)
			return
		}

		if user == nil {
			if !config.Opts.IsAuthProxyUserCreationAllowed() {
				response.HTMLForbidden(w, r)
				return
			}

			if user, err = m.store.CreateUser(&model.UserCreationRequest{Username: username}); err != nil {
				response.HTMLServerError(w, r, err)
				return
			}
		}

		slog.Info("[AuthProxy] User authenticated successfully",
			slog.Int64("user_id", user.ID),
			slog.String("username", user.Username),
		)

		m.store.SetLastLogin(user.ID)
		response.HTMLRedirect(w, r, m.basePath+"/"+user.DefaultHomePage)
	})
}
