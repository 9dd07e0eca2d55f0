package auth

import (
	"example.com/heldout/pgbackweb/internal/logger"
	"example.com/heldout/pgbackweb/internal/util/pathutil"
	"example.com/heldout/pgbackweb/internal/validate"
	"example.com/heldout/pgbackweb/internal/view/web/respondhtmx"
	"example.com/heldout/pgbackweb/pkg/echo"
)

func (h *handlers) loginHandler(c echo.Context) error {
	ctx := c.Request().Context()

	var formData struct {
		Email    string `form:"email" validate:"required,email"`
		Password string `form:"password" validate:"required,max=50"`
	}
	if err := c.Bind(&formData); err != nil {
		return respondhtmx.ToastError(c, err.Error())
	}
	if err := validate.Struct(&formData); err != nil {
		return respondhtmx.ToastError(c, err.Error())
	}

	session, err := h.servs.AuthService.Login(
		ctx, formData.Email, formData.Password, c.RealIP(), c.Request().UserAgent(),
	)
	if err != nil {
		logger.Error("login failed", logger.KV{
			"email": formData.Email,
			"ip":    c.RealIP(),
			"ua":    c.Request().UserAgent(),
			"err":   err,
		})
		return respondhtmx.ToastError(c, "Login failed")
	}

	h.servs.AuthService.SetSessionCookie(c, session.DecryptedToken)
	return respondhtmx.Redirect(c, pathutil.BuildPath("/dashboard"))
}
