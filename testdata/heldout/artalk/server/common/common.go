// Package common reproduces ArtalkJS/Artalk d25beede911d server/common (minimal stand-in).
package common

import (
	"errors"

	"example.com/heldout/artalk/internal/core"
	"example.com/heldout/artalk/third_party/fiber"
)

// Map reproduces server/common/params.go:15.
type Map = map[string]interface{}

// AdminGuard reproduces server/common/check.go:12 (checks trimmed).
func AdminGuard(app *core.App, handler fiber.Handler) fiber.Handler {
	return func(c *fiber.Ctx) error {
		return handler(c)
	}
}

// LimiterGuard reproduces server/common/captcha.go:32 (checks trimmed).
func LimiterGuard(app *core.App, handler fiber.Handler) fiber.Handler {
	return func(c *fiber.Ctx) error {
		return handler(c)
	}
}

// ParamsDecode reproduces server/common/params.go:17 (decoding trimmed).
func ParamsDecode(c *fiber.Ctx, destParams interface{}) (isContinue bool, resp error) {
	return true, nil
}

// RespData reproduces server/common/resp.go:18.
func RespData(c *fiber.Ctx, data interface{}) error {
	return c.JSON(data)
}

// RespSuccess reproduces server/common/resp.go:23.
func RespSuccess(c *fiber.Ctx, msg ...string) error {
	return c.JSON(Map{"success": true})
}

// RespError reproduces server/common/resp.go:37.
func RespError(c *fiber.Ctx, code int, msg string, data ...Map) error {
	return errors.New(msg)
}
