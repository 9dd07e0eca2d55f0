package executions

import (
	"example.com/heldout/pgbackweb/internal/view/web/respondhtmx"
	"example.com/heldout/pgbackweb/pkg/echo"
	"github.com/google/uuid"
)

func (h *handlers) deleteExecutionHandler(c echo.Context) error {
	ctx := c.Request().Context()

	executionID, err := uuid.Parse(c.Param("executionID"))
	if err != nil {
		return respondhtmx.ToastError(c, err.Error())
	}

	err = h.servs.ExecutionsService.SoftDeleteExecution(ctx, executionID)
	if err != nil {
		return respondhtmx.ToastError(c, err.Error())
	}

	return respondhtmx.Refresh(c)
}
