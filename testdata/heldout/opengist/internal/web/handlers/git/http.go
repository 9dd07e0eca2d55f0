// Package git reproduces internal/web/handlers/git of opengist (Git smart HTTP),
// reduced to the push path that creates a gist when the pushed-to gist does
// not exist.
package git

import (
	"regexp"
	"strings"

	"example.com/heldout/opengist/internal/db"
	"example.com/heldout/opengist/internal/git"
	"example.com/heldout/opengist/internal/web/context"
)

// gitRoute reproduces internal/web/handlers/git/http.go:17.
type gitRoute struct {
	gitUrl  string
	method  string
	handler func(ctx *context.Context) error
}

// routes reproduces internal/web/handlers/git/http.go:23, reduced to the two
// routes of a push (the pack handlers run git upstream; here they are no-ops).
var routes = []gitRoute{
	{"(.*?)/git-receive-pack$", "POST", receivePack},
	{"(.*?)/info/refs$", "GET", infoRefs},
}

func receivePack(ctx *context.Context) error { return nil }
func infoRefs(ctx *context.Context) error    { return nil }

// GitHttp reproduces internal/web/handlers/git/http.go:40 (reduced: the
// /init flow, the pull and dumb-protocol branches and the unauthenticated
// access check are dropped; the push dispatch is kept).
func GitHttp(ctx *context.Context) error {
	route := findMatchingRoute(ctx)
	if route == nil {
		return ctx.NotFound("Gist not found") // regular 404 for non-git routes
	}

	gist := ctx.GetData("gist").(*db.Gist)
	gistExists := gist.ID != 0

	isInfoRefs := strings.HasSuffix(route.gitUrl, "/info/refs$")
	isPush := ctx.QueryParam("service") == "git-receive-pack" ||
		strings.HasSuffix(ctx.Request().URL.Path, "git-receive-pack") && !isInfoRefs

	ctx.SetData("repositoryPath", git.RepositoryPath(gist.User.Username, gist.Uuid))

	authUsername, authPassword, err := parseAuthHeader(ctx)
	if err != nil {
		return basicAuth(ctx)
	}

	switch {
	case isPush:
		return handlePush(ctx, route, gist, gistExists, authUsername, authPassword)
	default:
		return ctx.NotFound("Gist not found")
	}
}

// setGistContext reproduces internal/web/handlers/git/http.go:102.
func setGistContext(ctx *context.Context, gist *db.Gist) {
	ctx.SetData("gist", gist)
	ctx.SetData("repositoryPath", git.RepositoryPath(gist.User.Username, gist.Uuid))
}

// findMatchingRoute reproduces internal/web/handlers/git/http.go:107.
func findMatchingRoute(ctx *context.Context) *gitRoute {
	for i := range routes {
		route := &routes[i]
		matched, _ := regexp.MatchString(route.gitUrl, ctx.Request().URL.Path)
		if ctx.Request().Method == route.method && matched {
			if !strings.HasPrefix(ctx.Request().Header.Get("User-Agent"), "git/") {
				continue
			}
			return route
		}
	}
	return nil
}
