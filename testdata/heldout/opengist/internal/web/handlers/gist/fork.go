// Package gist reproduces internal/web/handlers/gist of opengist.
package gist

import (
	"errors"
	"strings"

	"example.com/heldout/opengist/internal/db"
	"example.com/heldout/opengist/internal/web/context"
	"github.com/google/uuid"
	"gorm.io/gorm"
)

// Fork reproduces internal/web/handlers/gist/fork.go:14
// (POST /:user/:gistname/fork, after the gistInit middleware).
func Fork(ctx *context.Context) error {
	gist := ctx.GetData("gist").(*db.Gist)
	currentUser := ctx.User

	alreadyForked, err := gist.GetForkParent(currentUser) // race; no unique key: gists has no index on (forked_id, user_id) (gist.go:81, :93)
	if err != nil && !errors.Is(err, gorm.ErrRecordNotFound) {
		return ctx.ErrorRes(500, "Error checking if gist is already forked", err)
	}

	if gist.User.ID == currentUser.ID {
		ctx.AddFlash(ctx.Tr("flash.gist.fork-own-gist"), "error")
		return ctx.RedirectTo("/" + gist.User.Username + "/" + gist.Identifier())
	}

	if alreadyForked.ID != 0 {
		return ctx.RedirectTo("/" + alreadyForked.User.Username + "/" + alreadyForked.Identifier())
	}

	uuidGist, err := uuid.NewRandom()
	if err != nil {
		return ctx.ErrorRes(500, "Error creating an UUID", err)
	}

	newGist := &db.Gist{
		Uuid:            strings.ReplaceAll(uuidGist.String(), "-", ""),
		Title:           gist.Title,
		Preview:         gist.Preview,
		PreviewFilename: gist.PreviewFilename,
		Description:     gist.Description,
		Private:         gist.Private,
		UserID:          currentUser.ID,
		ForkedID:        gist.ID,
		NbFiles:         gist.NbFiles,
		Topics:          gist.Topics,
	}

	if err = newGist.CreateForked(); err != nil {
		return ctx.ErrorRes(500, "Error forking the gist in database", err)
	}

	if err = gist.ForkClone(currentUser.Username, newGist.Uuid); err != nil {
		return ctx.ErrorRes(500, "Error cloning the repository while forking", err)
	}
	if err = gist.IncrementForkCount(); err != nil {
		return ctx.ErrorRes(500, "Error incrementing the fork count", err)
	}

	ctx.AddFlash(ctx.Tr("flash.gist.forked"), "success")

	return ctx.RedirectTo("/" + currentUser.Username + "/" + newGist.Identifier())
}
