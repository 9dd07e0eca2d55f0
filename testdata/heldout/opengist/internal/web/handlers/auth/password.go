// Package auth reproduces internal/web/handlers/auth of opengist (account
// registration with a password, OAuth login/registration, TOTP enrolment).
package auth

import (
	"errors"

	passwordpkg "example.com/heldout/opengist/internal/auth/password"
	"example.com/heldout/opengist/internal/db"
	"example.com/heldout/opengist/internal/i18n"
	"example.com/heldout/opengist/internal/validator"
	"example.com/heldout/opengist/internal/web/context"
	"gorm.io/gorm"
)

// ProcessRegister reproduces internal/web/handlers/auth/password.go:37
// (POST /register).
func ProcessRegister(ctx *context.Context) error {
	disableSignup := ctx.GetData("DisableSignup")

	code := ctx.QueryParam("code")
	invitation, err := db.GetInvitationByCode(code) // safe: guards an update only (invitation.Use, :95, increments nb_used on the existing row); no invitation is created
	if err != nil && !errors.Is(err, gorm.ErrRecordNotFound) {
		return ctx.ErrorRes(500, "Cannot check for invitation code", err)
	} else if invitation.ID != 0 && invitation.IsUsable() {
		disableSignup = false
	}

	if disableSignup == true {
		return ctx.ErrorRes(403, ctx.Tr("error.signup-disabled"), nil)
	}

	if ctx.GetData("DisableLoginForm") == true {
		return ctx.ErrorRes(403, ctx.Tr("error.signup-disabled-form"), nil)
	}

	ctx.SetData("title", ctx.TrH("auth.new-account"))
	ctx.SetData("htmlTitle", ctx.TrH("auth.new-account"))

	sess := ctx.GetSession()

	dto := new(db.UserDTO)
	if err := ctx.Bind(dto); err != nil {
		return ctx.ErrorRes(400, ctx.Tr("error.cannot-bind-data"), err)
	}

	if err := ctx.Validate(dto); err != nil {
		ctx.AddFlash(validator.ValidationMessages(&err, ctx.GetData("locale").(*i18n.Locale)), "error")
		return ctx.Html("auth_form.html")
	}

	if exists, err := db.UserExists(dto.Username); err != nil || exists { // race; no unique key: users.username_normalized is only gorm:"index" (user.go:17) and the tag on username, "uniqueIndex,size:191" (user.go:16), is malformed so AutoMigrate creates no unique index
		ctx.AddFlash(ctx.Tr("flash.auth.username-exists"), "error")
		return ctx.Html("auth_form.html")
	}

	user := dto.ToUser()

	password, err := passwordpkg.HashPassword(user.Password)
	if err != nil {
		return ctx.ErrorRes(500, "Cannot hash password", err)
	}
	user.Password = password

	if err = user.Create(); err != nil {
		return ctx.ErrorRes(500, "Cannot create user", err)
	}

	if user.ID == 1 {
		if err = user.SetAdmin(); err != nil {
			return ctx.ErrorRes(500, "Cannot set user admin", err)
		}
	}

	if invitation.ID != 0 {
		if err := invitation.Use(); err != nil {
			return ctx.ErrorRes(500, "Cannot use invitation", err)
		}
	}

	sess.Values["user"] = user.ID
	ctx.SaveSession(sess)

	return ctx.RedirectTo("/")
}
