package webhooks

import (
	"example.com/heldout/pgbackweb/internal/service"
	"example.com/heldout/pgbackweb/internal/view/middleware"
	"example.com/heldout/pgbackweb/pkg/echo"
)

type handlers struct {
	servs *service.Service
}

func newHandlers(servs *service.Service) *handlers {
	return &handlers{servs: servs}
}

// MountRouter is trimmed to the routes of the reproduced handlers.
func MountRouter(
	parent *echo.Group, mids *middleware.Middleware, servs *service.Service,
) {
	h := newHandlers(servs)

	parent.POST("/:webhookID/run", h.runWebhookHandler)
}
