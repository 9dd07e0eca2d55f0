package v1

import (
	"example.com/heldout/opengist/internal/web/context"
)

// ToggleLike reproduces internal/web/handlers/api/v1/gist_like.go:53
// (POST /api/gists/:uuid/like).
func ToggleLike(ctx *context.Context) error {
	g, err := lookupGistByUUID(ctx, ctx.Param("uuid"))
	if err != nil {
		return ctx.NoContent(404)
	}
	liked, err := ctx.User.HasLiked(g) // safe: the likes row is written by Association("Likes").Append, which GORM inserts with ON CONFLICT DO NOTHING on the (user_id, gist_id) primary key (gist.go:99-103)
	if err != nil {
		return ctx.ErrorJson(500, "failed to check like state", err)
	}
	if liked {
		if err := g.RemoveUserLike(ctx.User); err != nil {
			return ctx.ErrorJson(500, "failed to unlike", err)
		}
	} else {
		if err := g.AppendUserLike(ctx.User); err != nil {
			return ctx.ErrorJson(500, "failed to like", err)
		}
	}
	return ctx.NoContent(204)
}
