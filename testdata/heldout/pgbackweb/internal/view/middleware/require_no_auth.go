package middleware

import (
	"net/http"

	"example.com/heldout/pgbackweb/internal/util/pathutil"
	"example.com/heldout/pgbackweb/internal/view/reqctx"
	"example.com/heldout/pgbackweb/pkg/echo"
)

func (m *Middleware) RequireNoAuth(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		reqCtx := reqctx.GetCtx(c)

		if reqCtx.IsAuthed {
			redirectPath := pathutil.BuildPath("/dashboard")
			c.Response().Header().Set("HX-Redirect", redirectPath)
			return c.Redirect(http.StatusFound, redirectPath)
		}

		return next(c)
	}
}
