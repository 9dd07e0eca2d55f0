// Package v1 reproduces internal/web/handlers/api/v1 of opengist (the REST
// API), reduced to the sites' handlers and their helpers.
package v1

import (
	"example.com/heldout/opengist/internal/config"
	"example.com/heldout/opengist/internal/db"
	"example.com/heldout/opengist/internal/web/context"
	"gorm.io/gorm"
)

// apiBaseURL reproduces internal/web/handlers/api/v1/common.go:19.
func apiBaseURL(ctx *context.Context) string {
	if config.C.ExternalUrl != "" {
		return config.C.ExternalUrl
	}
	scheme := "http"
	if ctx.Request().TLS != nil || ctx.Request().Header.Get("X-Forwarded-Proto") == "https" {
		scheme = "https"
	}
	return scheme + "://" + ctx.Request().Host
}

// lookupGistByUUID reproduces internal/web/handlers/api/v1/gist.go:24.
func lookupGistByUUID(ctx *context.Context, uuid string) (*db.Gist, error) {
	g, err := db.GetGistByUUID(uuid)
	if err != nil {
		return nil, err
	}
	if g.Private == db.PrivateVisibility {
		tok, _ := ctx.GetData("accessToken").(*db.AccessToken)
		isOwnerWithScope := ctx.User != nil &&
			ctx.User.ID == g.UserID &&
			tok != nil && tok.HasGistReadPermission()
		if !isOwnerWithScope {
			return nil, gorm.ErrRecordNotFound
		}
	}
	return g, nil
}
