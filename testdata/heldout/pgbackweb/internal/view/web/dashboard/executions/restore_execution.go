package executions

import (
	"context"
	"net/http"

	"example.com/heldout/pgbackweb/internal/validate"
	"example.com/heldout/pgbackweb/internal/view/web/respondhtmx"
	"example.com/heldout/pgbackweb/pkg/echo"
	"github.com/google/uuid"
)

func (h *handlers) restoreExecutionHandler(c echo.Context) error {
	ctx := c.Request().Context()

	var formData struct {
		ExecutionID uuid.UUID `form:"execution_id" validate:"required,uuid"`
		DatabaseID  uuid.UUID `form:"database_id" validate:"omitempty,uuid"`
		ConnString  string    `form:"conn_string" validate:"omitempty"`
	}
	if err := c.Bind(&formData); err != nil {
		return respondhtmx.ToastError(c, err.Error())
	}
	if err := validate.Struct(&formData); err != nil {
		return respondhtmx.ToastError(c, err.Error())
	}

	if formData.DatabaseID == uuid.Nil && formData.ConnString == "" {
		return respondhtmx.ToastError(
			c, "Database or connection string is required",
		)
	}

	if formData.DatabaseID != uuid.Nil && formData.ConnString != "" {
		return respondhtmx.ToastError(
			c, "Database and connection string cannot be both set",
		)
	}

	// The execution (parent) is looked up; RunRestoration then inserts a new
	// restorations row keyed on a fresh uuid_generate_v4() id, one per
	// restore request by design.
	execution, err := h.servs.ExecutionsService.GetExecution( // safe: lookup of the parent execution; the insert is a new restoration keyed on a fresh uuid, one per request by design (restorations has only its PK and the non-unique idx_restorations_execution_id)
		ctx, formData.ExecutionID,
	)
	if err != nil {
		return c.String(http.StatusInternalServerError, err.Error())
	}

	if formData.ConnString != "" {
		err := h.servs.DatabasesService.TestDatabase(
			ctx, execution.DatabasePgVersion, formData.ConnString,
		)
		if err != nil {
			return respondhtmx.ToastError(c, err.Error())
		}
	}

	go func() {
		ctx := context.Background()
		_ = h.servs.RestorationsService.RunRestoration(
			ctx,
			formData.ExecutionID,
			uuid.NullUUID{
				Valid: formData.DatabaseID != uuid.Nil,
				UUID:  formData.DatabaseID,
			},
			formData.ConnString,
		)
	}()

	return respondhtmx.ToastSuccess(
		c, "Process started, check the restorations page for more details",
	)
}
