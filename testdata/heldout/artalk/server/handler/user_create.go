// Package handler reproduces ArtalkJS/Artalk d25beede911d server/handler.
package handler

import (
	"example.com/heldout/artalk/internal/core"
	"example.com/heldout/artalk/internal/entity"
	"example.com/heldout/artalk/internal/i18n"
	"example.com/heldout/artalk/internal/log"
	"example.com/heldout/artalk/internal/utils"
	"example.com/heldout/artalk/server/common"
	"example.com/heldout/artalk/third_party/fiber"
)

// ParamsUserCreate reproduces server/handler/user_create.go:13.
type ParamsUserCreate struct {
	Name         string `json:"name" validate:"required"`          // The user name
	Email        string `json:"email" validate:"required"`         // The user email
	Password     string `json:"password" validate:"optional"`      // The user password
	Link         string `json:"link" validate:"optional"`          // The user link
	IsAdmin      bool   `json:"is_admin" validate:"required"`      // The user is an admin
	ReceiveEmail bool   `json:"receive_email" validate:"required"` // The user receive email
	BadgeName    string `json:"badge_name" validate:"optional"`    // The user badge name
	BadgeColor   string `json:"badge_color" validate:"optional"`   // The user badge color (hex format)
}

// ResponseUserCreate reproduces server/handler/user_create.go:24 (cooked user trimmed).
type ResponseUserCreate struct {
	entity.User
}

// UserCreate reproduces server/handler/user_create.go:41.
func UserCreate(app *core.App, router fiber.Router) {
	router.Post("/users", common.AdminGuard(app, func(c *fiber.Ctx) error {
		var p ParamsUserCreate
		if isOK, resp := common.ParamsDecode(c, &p); !isOK {
			return resp
		}

		if !app.Dao().FindUser(p.Name, p.Email).IsEmpty() { // race
			return common.RespError(c, 400, i18n.T("{{name}} already exists", Map{"name": i18n.T("User")}))
		}

		if !utils.ValidateEmail(p.Email) {
			return common.RespError(c, 400, i18n.T("Invalid {{name}}", Map{"name": i18n.T("Email")}))
		}
		if p.Link != "" && !utils.ValidateURL(p.Link) {
			return common.RespError(c, 400, i18n.T("Invalid {{name}}", Map{"name": i18n.T("Link")}))
		}

		user := entity.User{}
		user.Name = p.Name
		user.Email = p.Email
		user.Link = p.Link
		user.IsAdmin = p.IsAdmin
		user.ReceiveEmail = p.ReceiveEmail
		user.BadgeName = p.BadgeName
		user.BadgeColor = p.BadgeColor

		if p.Password != "" {
			err := user.SetPasswordEncrypt(p.Password)
			if err != nil {
				log.Errorln(err)
				return common.RespError(c, 500, i18n.T("Password update failed"))
			}
		}

		err := app.Dao().CreateUser(&user)
		if err != nil {
			return common.RespError(c, 500, i18n.T("{{name}} creation failed", Map{"name": i18n.T("User")}))
		}

		return common.RespData(c, ResponseUserCreate{
			User: user,
		})
	}))
}
