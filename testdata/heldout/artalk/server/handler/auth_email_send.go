// Package handler reproduces ArtalkJS/Artalk d25beede911d server/handler.
package handler

import (
	"strings"
	"time"

	"example.com/heldout/artalk/internal/core"
	"example.com/heldout/artalk/internal/entity"
	"example.com/heldout/artalk/internal/sync"
	"example.com/heldout/artalk/internal/utils"
	"example.com/heldout/artalk/server/common"
	"example.com/heldout/artalk/third_party/fiber"
)

// RequestAuthEmailSend reproduces server/handler/auth_email_send.go:20.
type RequestAuthEmailSend struct {
	Email string `json:"email" validate:"required"`
}

// AuthEmailSend reproduces server/handler/auth_email_send.go:35 (email sending trimmed).
func AuthEmailSend(app *core.App, router fiber.Router) {
	mutexMap := sync.NewKeyMutex[string]()

	router.Post("/auth/email/send", common.LimiterGuard(app, func(c *fiber.Ctx) error {
		if !app.Conf().Auth.Email.Enabled {
			return common.RespError(c, 400, "Email auth is not enabled")
		}

		var p RequestAuthEmailSend
		if isOK, resp := common.ParamsDecode(c, &p); !isOK {
			return resp
		}

		// Check email
		p.Email = strings.TrimSpace(p.Email)
		if !utils.ValidateEmail(p.Email) {
			return common.RespError(c, 400, "Invalid email")
		}

		// Mutex for each email to avoid frequency check fail concurrently
		mutex := mutexMap.GetLock(p.Email)
		mutex.Lock()
		defer mutex.Unlock()

		// check if had send email verify code in 1 minutes
		if err := app.Dao().DB().Model(&entity.UserEmailVerify{}).Where("email = ? OR ip = ?", p.Email, c.IP()).Where("updated_at > ?", time.Now().Add(-time.Minute*1)).First(&entity.UserEmailVerify{}).Error; err == nil {
			return common.RespError(c, 400, "Send email verify code too frequently")
		}

		// Save email verify code
		code := utils.RandomStringWithAlphabet(6, "0123456789")

		var emailVerify entity.UserEmailVerify
		err := app.Dao().DB().Where(entity.UserEmailVerify{
			Email: p.Email,
		}).Assign(entity.UserEmailVerify{
			Code:      code,
			ExpiresAt: time.Now().Add(time.Minute * 5),
			IP:        c.IP(),
			UA:        string(c.Request().Header.UserAgent()),
		}).FirstOrCreate(&emailVerify).Error // safe: FirstOrCreate by itself, under in-process lock (per-email mutex)
		if err != nil {
			return common.RespError(c, 500, "Failed to save email verify")
		}

		return common.RespSuccess(c)
	}))
}
