package v1

import (
	"errors"
	"strconv"
	"strings"

	"example.com/heldout/opengist/internal/db"
	"example.com/heldout/opengist/internal/web/context"
	"github.com/google/uuid"
	"gorm.io/gorm"
)

// ForkGist reproduces internal/web/handlers/api/v1/gist_forks.go:117
// (POST /api/gists/:uuid/forks). Reduced: the response is the gist itself
// instead of types.GistSimple (ToAPISimple).
//
// Upstream doc: "Forking the same parent twice is idempotent: returns 200
// with the existing fork (vs 201 for a newly created one)".
func ForkGist(ctx *context.Context) error {
	parent, err := lookupGistByUUID(ctx, ctx.Param("uuid"))
	if err != nil {
		return ctx.ErrorJson(404, "Gist not found", nil)
	}
	user := ctx.User

	if parent.UserID == user.ID {
		return ctx.ErrorJson(422, "cannot fork your own gist", nil)
	}

	// Has the caller already forked this gist? (GetForkParent is misnamed -
	// it actually returns the caller's fork of `parent`.) Return the existing
	// fork idempotently so retries are safe.
	existing, err := parent.GetForkParent(user) // race; no unique key: gists has no index on (forked_id, user_id) (gist.go:81, :93)
	if err != nil && !errors.Is(err, gorm.ErrRecordNotFound) {
		return ctx.ErrorJson(500, "failed to check existing fork", err)
	}
	if existing.ID != 0 {
		// Already forked → return the existing fork idempotently with 200 (vs
		// 201 for a freshly created one). Reload so User/Forked.User are
		// preloaded for ToAPISimple.
		saved, err := db.GetGistByID(strconv.FormatUint(uint64(existing.ID), 10))
		if err != nil {
			return ctx.ErrorJson(500, "failed to reload existing fork", err)
		}
		baseURL := apiBaseURL(ctx)
		ctx.Response().Header().Set("Location", baseURL+"/api/gists/"+saved.Uuid)
		return ctx.JSON(200, saved)
	}

	id, err := uuid.NewRandom()
	if err != nil {
		return ctx.ErrorJson(500, "uuid generation failed", err)
	}
	newGist := &db.Gist{
		Uuid:            strings.ReplaceAll(id.String(), "-", ""),
		Title:           parent.Title,
		Preview:         parent.Preview,
		PreviewFilename: parent.PreviewFilename,
		Description:     parent.Description,
		Private:         parent.Private,
		UserID:          user.ID,
		ForkedID:        parent.ID,
		NbFiles:         parent.NbFiles,
		Topics:          parent.Topics,
	}

	if err := newGist.CreateForked(); err != nil {
		return ctx.ErrorJson(500, "failed to create fork in database", err)
	}
	if err := parent.ForkClone(user.Username, newGist.Uuid); err != nil {
		return ctx.ErrorJson(500, "failed to clone repository", err)
	}
	if err := parent.IncrementForkCount(); err != nil {
		return ctx.ErrorJson(500, "failed to increment fork count", err)
	}

	// Reload so User/Forked.User are preloaded for ToAPISimple.
	saved, err := db.GetGistByID(strconv.FormatUint(uint64(newGist.ID), 10))
	if err != nil {
		return ctx.ErrorJson(500, "failed to reload new fork", err)
	}

	baseURL := apiBaseURL(ctx)
	ctx.Response().Header().Set("Location", baseURL+"/api/gists/"+saved.Uuid)
	return ctx.JSON(201, saved)
}
