package destinations

import (
	"example.com/heldout/pgbackweb/internal/view/web/respondhtmx"
	"example.com/heldout/pgbackweb/pkg/echo"
	"github.com/google/uuid"
)

func (h *handlers) testExistingDestinationHandler(c echo.Context) error {
	ctx := c.Request().Context()
	destinationID, err := uuid.Parse(c.Param("destinationID"))
	if err != nil {
		return respondhtmx.ToastError(c, err.Error())
	}

	err = h.servs.DestinationsService.TestDestinationAndStoreResult(ctx, destinationID)
	if err != nil {
		return respondhtmx.ToastError(c, err.Error())
	}

	return respondhtmx.ToastSuccess(c, "Connection successful")
}
