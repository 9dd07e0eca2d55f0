package respondhtmx

import (
	"net/http"

	"example.com/heldout/pgbackweb/pkg/echo"
)

// Trimmed: upstream sets HX-Trigger / HX-Redirect headers.

func AlertWithRedirect(c echo.Context, message, url string) error {
	c.Response().Header().Set("HX-Redirect", url)
	return c.String(http.StatusOK, message)
}

func ToastSuccess(c echo.Context, message string) error {
	return c.String(http.StatusOK, message)
}

func ToastError(c echo.Context, message string) error {
	return c.String(http.StatusOK, message)
}

func Redirect(c echo.Context, url string) error {
	c.Response().Header().Set("HX-Redirect", url)
	return c.String(http.StatusOK, "")
}

func Refresh(c echo.Context) error {
	c.Response().Header().Set("HX-Refresh", "true")
	return c.String(http.StatusOK, "")
}
