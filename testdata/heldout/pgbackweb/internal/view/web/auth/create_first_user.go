package auth

import (
	"net/http"

	"example.com/heldout/pgbackweb/internal/database/dbgen"
	"example.com/heldout/pgbackweb/internal/logger"
	"example.com/heldout/pgbackweb/internal/util/echoutil"
	"example.com/heldout/pgbackweb/internal/util/pathutil"
	"example.com/heldout/pgbackweb/internal/validate"
	"example.com/heldout/pgbackweb/internal/view/web/respondhtmx"
	"example.com/heldout/pgbackweb/pkg/echo"
)

func (h *handlers) createFirstUserPageHandler(c echo.Context) error {
	ctx := c.Request().Context()

	// The "no user yet" check only decides between a redirect and rendering
	// the form. The insert is done by another request, createFirstUserHandler
	// (POST /auth/create-first-user), which does no lookup at all: the
	// "first user" invariant is not enforced there (a missing check, not a
	// check-then-act; users.email is UNIQUE).
	usersQty, err := h.servs.UsersService.GetUsersQty(ctx) // safe: the count == 0 check only guards rendering the form; the POST handler that inserts does no lookup
	if err != nil {
		logger.Error("failed to get users qty", logger.KV{
			"ip":    c.RealIP(),
			"ua":    c.Request().UserAgent(),
			"error": err,
		})
		return c.String(http.StatusInternalServerError, "Internal server error")
	}
	if usersQty > 0 {
		return c.Redirect(http.StatusFound, pathutil.BuildPath("/auth/login"))
	}

	return echoutil.RenderNodx(c, http.StatusOK, createFirstUserPage())
}

// createFirstUserPage is trimmed: upstream builds the form with nodxgo.
func createFirstUserPage() string {
	return `<form hx-post="` + pathutil.BuildPath("/auth/create-first-user") + `"></form>`
}

func (h *handlers) createFirstUserHandler(c echo.Context) error {
	ctx := c.Request().Context()

	var formData struct {
		Name                 string `form:"name" validate:"required"`
		Email                string `form:"email" validate:"required,email"`
		Password             string `form:"password" validate:"required,min=6,max=50"`
		PasswordConfirmation string `form:"password_confirmation" validate:"required,eqfield=Password"`
	}
	if err := c.Bind(&formData); err != nil {
		return respondhtmx.ToastError(c, err.Error())
	}
	if err := validate.Struct(&formData); err != nil {
		return respondhtmx.ToastError(c, err.Error())
	}

	_, err := h.servs.UsersService.CreateUser(ctx, dbgen.UsersServiceCreateUserParams{
		Name:     formData.Name,
		Email:    formData.Email,
		Password: formData.Password,
	})
	if err != nil {
		return respondhtmx.ToastError(c, err.Error())
	}

	return respondhtmx.AlertWithRedirect(
		c, "User created successfully", pathutil.BuildPath("/auth/login"),
	)
}
