// Package handler reproduces ArtalkJS/Artalk d25beede911d server/handler.
package handler

import (
	"example.com/heldout/artalk/internal/auth"
	"example.com/heldout/artalk/internal/auth/gothic_fiber"
	"example.com/heldout/artalk/internal/core"
	"example.com/heldout/artalk/internal/log"
	"example.com/heldout/artalk/server/common"
	"example.com/heldout/artalk/third_party/fiber"
)

// SocialLoginGuard reproduces server/handler/auth_social_login.go:13.
func SocialLoginGuard(app *core.App, handler fiber.Handler) fiber.Handler {
	return func(c *fiber.Ctx) error {
		if !app.Conf().Auth.Enabled {
			return common.RespError(c, 404, "Auth Api disabled")
		}

		return handler(c)
	}
}

// AuthSocialLogin reproduces server/handler/auth_social_login.go:36 (provider loading and token rendering trimmed).
func AuthSocialLogin(app *core.App, router fiber.Router) {
	router.Get("/auth/:provider/callback", SocialLoginGuard(app, func(c *fiber.Ctx) error {
		provider, err := gothic_fiber.GetProviderName(c)
		if err != nil {
			log.Error("[SocialLogin] ", err)
			return common.RespError(c, 500, "Field to get provider name")
		}

		// Fetch user
		gothUser, err := gothic_fiber.CompleteUserAuth(c)
		if err != nil {
			log.Error("[SocialLogin] ", err)
			return common.RespError(c, 500, "Field to complete user auth")
		}

		// Convert to social user
		socialUser := auth.GetSocialUser(gothUser)
		log.Debug("[SocialLogin] ", socialUser)

		// Find auth identity
		authIdentity := app.Dao().FindAuthIdentityByRemoteUID(provider, socialUser.RemoteUID) // race

		// No auth identity record, register user
		if authIdentity.IsEmpty() {
			authIdentity, err = auth.RegisterSocialUser(app.Dao(), socialUser)
			if err != nil {
				log.Error("[SocialLogin] ", err)
				return common.RespError(c, 500, "Failed to register user")
			}
		}
		if authIdentity.UserID == 0 {
			return common.RespError(c, 500, "Auth Identity user_id invalid")
		}

		return common.RespData(c, authIdentity)
	}))
}
