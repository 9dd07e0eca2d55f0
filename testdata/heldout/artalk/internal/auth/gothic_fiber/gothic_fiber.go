// Package gothic_fiber reproduces ArtalkJS/Artalk d25beede911d internal/auth/gothic_fiber (minimal stand-in).
package gothic_fiber

import (
	"example.com/heldout/artalk/internal/auth"
	"example.com/heldout/artalk/third_party/fiber"
)

// CompleteUserAuth reproduces internal/auth/gothic_fiber/gothic_fiber.go:150 (OAuth exchange trimmed).
func CompleteUserAuth(ctx *fiber.Ctx) (auth.SocialUser, error) {
	return auth.SocialUser{Provider: ctx.Params("provider"), RemoteUID: ctx.Params("uid")}, nil
}

// GetProviderName reproduces internal/auth/gothic_fiber/gothic_fiber.go:255.
func GetProviderName(ctx *fiber.Ctx) (string, error) {
	return ctx.Params("provider"), nil
}
