package middleware

import (
	"net/http"

	"example.com/heldout/pgbackweb/internal/logger"
	"example.com/heldout/pgbackweb/internal/util/pathutil"
	"example.com/heldout/pgbackweb/internal/view/reqctx"
	"example.com/heldout/pgbackweb/pkg/echo"
)

func (m *Middleware) RequireAuth(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		ctx := c.Request().Context()
		reqCtx := reqctx.GetCtx(c)

		if reqCtx.IsAuthed {
			return next(c)
		}

		usersQty, err := m.servs.UsersService.GetUsersQty(ctx)
		if err != nil {
			logger.Error("failed to get users qty", logger.KV{
				"ip":    c.RealIP(),
				"ua":    c.Request().UserAgent(),
				"error": err,
			})
			return c.String(http.StatusInternalServerError, "Internal server error")
		}

		if usersQty == 0 {
			redirectPath := pathutil.BuildPath("/auth/create-first-user")
			c.Response().Header().Set("HX-Redirect", redirectPath)
			return c.Redirect(http.StatusFound, redirectPath)
		}

		redirectPath := pathutil.BuildPath("/auth/login")
		c.Response().Header().Set("HX-Redirect", redirectPath)
		return c.Redirect(http.StatusFound, redirectPath)
	}
}
