package auth

import (
	"example.com/heldout/pgbackweb/internal/service"
	"example.com/heldout/pgbackweb/internal/view/middleware"
	"example.com/heldout/pgbackweb/pkg/echo"
)

type handlers struct {
	servs *service.Service
}

// MountRouter is trimmed: upstream also mounts GET /login (loginPageHandler,
// a users-count redirect), the login rate limit and /logout, /logout-all.
func MountRouter(
	parent *echo.Group, mids *middleware.Middleware, servs *service.Service,
) {
	h := handlers{servs: servs}

	requireNoAuth := parent.Group("", mids.RequireNoAuth)

	requireNoAuth.GET("/create-first-user", h.createFirstUserPageHandler)
	requireNoAuth.POST("/create-first-user", h.createFirstUserHandler)

	requireNoAuth.POST("/login", h.loginHandler)
}
