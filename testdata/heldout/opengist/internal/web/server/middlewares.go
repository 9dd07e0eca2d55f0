package server

import (
	"strings"

	"example.com/heldout/opengist/internal/db"
	"example.com/heldout/opengist/internal/web/context"
)

// gistSoftInit reproduces internal/web/server/middlewares.go:545: it loads the
// gist for Git over HTTP and, when there is none, leaves an empty *db.Gist in
// the context; git.GitHttp then reads gist.ID == 0 as "does not exist" and a
// push creates the gist (handlers/git/access.go:73 -> init.go:153).
func gistSoftInit(next Handler) Handler {
	return func(ctx *context.Context) error {
		userName := ctx.Param("user")
		gistName := ctx.Param("gistname")

		gistName = strings.TrimSuffix(gistName, ".git")

		gist, _ := db.GetGist(userName, gistName) // race; no unique key: gists.url and gists.url_normalized have no index (gist.go:74-75), nor (user_id, url_normalized)
		ctx.SetData("gist", gist)

		return next(ctx)
	}
}

// gistInit reproduces internal/web/server/middlewares.go (gistInit), reduced to
// loading the gist for the web gist routes.
func gistInit(next Handler) Handler {
	return func(ctx *context.Context) error {
		gist, err := db.GetGist(ctx.Param("user"), ctx.Param("gistname"))
		if err != nil {
			return ctx.NotFound("Gist not found")
		}
		ctx.SetData("gist", gist)
		return next(ctx)
	}
}
