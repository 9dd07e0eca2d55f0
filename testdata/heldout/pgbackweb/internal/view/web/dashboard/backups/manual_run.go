package backups

import (
	"context"

	"example.com/heldout/pgbackweb/internal/view/web/respondhtmx"
	"example.com/heldout/pgbackweb/pkg/echo"
	"github.com/google/uuid"
)

func (h *handlers) manualRunHandler(c echo.Context) error {
	backupID, err := uuid.Parse(c.Param("backupID"))
	if err != nil {
		return respondhtmx.ToastError(c, err.Error())
	}

	go func() {
		_ = h.servs.ExecutionsService.RunExecution(context.Background(), backupID)
	}()

	return respondhtmx.ToastSuccess(c, "Backup started, check the backup executions for more details")
}
