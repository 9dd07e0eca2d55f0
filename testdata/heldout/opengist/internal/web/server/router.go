package server

import (
	"net/http"

	"example.com/heldout/opengist/internal/config"
	"example.com/heldout/opengist/internal/web/context"
	"example.com/heldout/opengist/internal/web/handlers/api/v1"
	"example.com/heldout/opengist/internal/web/handlers/auth"
	"example.com/heldout/opengist/internal/web/handlers/gist"
	"example.com/heldout/opengist/internal/web/handlers/git"
	"example.com/heldout/opengist/internal/web/handlers/settings"
)

type route struct {
	method string
	path   string
	h      Handler
}

// Router reproduces internal/web/server/router.go (Router over echo), reduced
// to recording the routes.
type Router struct {
	routes []route
}

func (r *Router) add(method, path string, h Handler, m ...Middleware) {
	for i := len(m) - 1; i >= 0; i-- {
		h = m[i](h)
	}
	r.routes = append(r.routes, route{method: method, path: path, h: h})
}

// GET registers a GET route.
func (r *Router) GET(path string, h Handler, m ...Middleware) { r.add(http.MethodGet, path, h, m...) }

// POST registers a POST route.
func (r *Router) POST(path string, h Handler, m ...Middleware) { r.add(http.MethodPost, path, h, m...) }

// PUT registers a PUT route.
func (r *Router) PUT(path string, h Handler, m ...Middleware) { r.add(http.MethodPut, path, h, m...) }

// PATCH registers a PATCH route.
func (r *Router) PATCH(path string, h Handler, m ...Middleware) {
	r.add(http.MethodPatch, path, h, m...)
}

// Any reproduces internal/web/server/router.go:294.
func (r *Router) Any(path string, h Handler, m ...Middleware) { r.add("*", path, h, m...) }

// Serve dispatches one request (stand-in for echo's router).
func (r *Router) Serve(method, path string, ctx *context.Context) error {
	for _, rt := range r.routes {
		if (rt.method == "*" || rt.method == method) && rt.path == path {
			return rt.h(ctx)
		}
	}
	return ctx.NotFound("not found")
}

// RegisterRoutes reproduces the route registrations of the sites in
// internal/web/server/router.go (paths as upstream).
func (r *Router) RegisterRoutes() {
	r.POST("/register", auth.ProcessRegister)
	r.GET("/oauth/:provider/callback", auth.OauthCallback)
	r.POST("/oauth/register", auth.ProcessOauthRegister)
	r.POST("/settings/totp/generate", auth.FinishTotp)
	r.POST("/settings/ssh-keys", settings.SshKeysProcess)
	r.PUT("/settings/username", settings.UsernameProcess)

	r.POST("/:user/:gistname/fork", gist.Fork, gistInit)
	r.POST("/:user/:gistname/like", gist.Like, gistInit)

	r.POST("/api/gists/:uuid/forks", v1.ForkGist)
	r.POST("/api/gists/:uuid/like", v1.ToggleLike)
	r.PATCH("/api/user", v1.UpdateUser)

	// Git HTTP routes
	if config.C.HttpGit {
		r.Any("/:user/:gistname/*", git.GitHttp, gistSoftInit)
	}
}
