package gist

import (
	"example.com/heldout/opengist/internal/db"
	"example.com/heldout/opengist/internal/web/context"
)

// Like reproduces internal/web/handlers/gist/like.go:9
// (POST /:user/:gistname/like).
func Like(ctx *context.Context) error {
	gist := ctx.GetData("gist").(*db.Gist)
	currentUser := ctx.User

	hasLiked, err := currentUser.HasLiked(gist) // safe: the likes row is written by Association("Likes").Append, which GORM inserts with ON CONFLICT DO NOTHING on the (user_id, gist_id) primary key (gist.go:99-103)
	if err != nil {
		return ctx.ErrorRes(500, "Error checking if user has liked a gist", err)
	}

	if hasLiked {
		err = gist.RemoveUserLike(ctx.User)
	} else {
		err = gist.AppendUserLike(ctx.User)
	}

	if err != nil {
		return ctx.ErrorRes(500, "Error liking/dislking this gist", err)
	}

	redirectTo := "/" + gist.User.Username + "/" + gist.Identifier()
	if r := ctx.QueryParam("redirecturl"); r != "" {
		redirectTo = r
	}
	return ctx.RedirectTo(redirectTo)
}
