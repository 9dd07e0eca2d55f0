package databases

import (
	"example.com/heldout/pgbackweb/internal/view/web/respondhtmx"
	"example.com/heldout/pgbackweb/pkg/echo"
	"github.com/google/uuid"
)

func (h *handlers) testExistingDatabaseHandler(c echo.Context) error {
	ctx := c.Request().Context()
	databaseID, err := uuid.Parse(c.Param("databaseID"))
	if err != nil {
		return respondhtmx.ToastError(c, err.Error())
	}

	err = h.servs.DatabasesService.TestDatabaseAndStoreResult(ctx, databaseID)
	if err != nil {
		return respondhtmx.ToastError(c, err.Error())
	}

	return respondhtmx.ToastSuccess(c, "Connection successful")
}
