package webhooks

import (
	"context"

	"example.com/heldout/pgbackweb/internal/logger"
	"example.com/heldout/pgbackweb/internal/view/web/respondhtmx"
	"example.com/heldout/pgbackweb/pkg/echo"
	"github.com/google/uuid"
)

func (h *handlers) runWebhookHandler(c echo.Context) error {
	webhookID, err := uuid.Parse(c.Param("webhookID"))
	if err != nil {
		return respondhtmx.ToastError(c, err.Error())
	}

	go func() {
		ctx := context.Background()
		// The webhook (parent) is looked up; SendWebhookRequest inserts a
		// webhook_executions log row keyed on a fresh uuid.
		webhook, err := h.servs.WebhooksService.GetWebhook(ctx, webhookID) // safe: lookup of the parent webhook; the insert is a webhook_executions log row keyed on a fresh uuid, one per run by design
		if err != nil {
			logger.Error("error getting webhook", logger.KV{
				"webhook_id": webhookID.String(),
				"error":      err.Error(),
			})
			return
		}
		err = h.servs.WebhooksService.SendWebhookRequest(ctx, webhook)
		if err != nil {
			logger.Error("error sending webhook request", logger.KV{
				"webhook_id": webhook.ID,
				"error":      err.Error(),
			})
		}
	}()

	return respondhtmx.ToastSuccess(c, "Running webhook, check the webhook executions for more details")
}
