// Package fiber reproduces ArtalkJS/Artalk d25beede911d server/handler (minimal stand-in for github.com/gofiber/fiber/v2).
package fiber

import "strconv"

// Handler stands in for fiber.Handler.
type Handler = func(*Ctx) error

// Router stands in for fiber.Router.
type Router interface {
	Get(path string, handlers ...Handler) Router
	Post(path string, handlers ...Handler) Router
}

// RequestHeader stands in for fasthttp.RequestHeader.
type RequestHeader struct {
	ua []byte
}

// UserAgent stands in for fasthttp.RequestHeader.UserAgent.
func (h *RequestHeader) UserAgent() []byte { return h.ua }

// Request stands in for fasthttp.Request.
type Request struct {
	Header RequestHeader
}

// Ctx stands in for fiber.Ctx.
type Ctx struct {
	params map[string]string
	ip     string
	req    Request
}

// Params stands in for fiber.Ctx.Params.
func (c *Ctx) Params(key string) string { return c.params[key] }

// ParamsInt stands in for fiber.Ctx.ParamsInt.
func (c *Ctx) ParamsInt(key string) (int, error) { return strconv.Atoi(c.params[key]) }

// IP stands in for fiber.Ctx.IP.
func (c *Ctx) IP() string { return c.ip }

// Request stands in for fiber.Ctx.Request.
func (c *Ctx) Request() *Request { return &c.req }

// JSON stands in for fiber.Ctx.JSON.
func (c *Ctx) JSON(v any) error { return nil }
