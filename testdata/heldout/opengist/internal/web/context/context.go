// Package context reproduces the request context of opengist
// (internal/web/context/context.go), reduced: upstream it embeds echo.Context
// and a gorilla/sessions store; here the subset of methods the sites call is
// written over net/http.
package context

import (
	"encoding/json"
	"errors"
	"html/template"
	"net/http"
	"sync"

	"example.com/heldout/opengist/internal/db"
	"example.com/heldout/opengist/third_party/sessions"
)

// Context reproduces internal/web/context/context.go:35.
type Context struct {
	w      http.ResponseWriter
	r      *http.Request
	params map[string]string

	data map[string]any
	lock sync.RWMutex

	session *sessions.Session
	User    *db.User
}

// NewContext builds a context for one request.
func NewContext(w http.ResponseWriter, r *http.Request, params map[string]string) *Context {
	return &Context{w: w, r: r, params: params, data: map[string]any{}, session: sessions.NewSession()}
}

// SetData reproduces internal/web/context/context.go:56.
func (ctx *Context) SetData(key string, value any) {
	ctx.lock.Lock()
	defer ctx.lock.Unlock()

	ctx.data[key] = value
}

// GetData reproduces internal/web/context/context.go:63.
func (ctx *Context) GetData(key string) any {
	ctx.lock.RLock()
	defer ctx.lock.RUnlock()

	return ctx.data[key]
}

// ErrorRes reproduces internal/web/context/context.go:74.
func (ctx *Context) ErrorRes(code int, message string, err error) error {
	http.Error(ctx.w, message, code)
	if err != nil {
		return err
	}
	return errors.New(message)
}

// RedirectTo reproduces internal/web/context/context.go:89.
func (ctx *Context) RedirectTo(location string) error {
	return ctx.Redirect(302, location)
}

// Redirect is echo.Context.Redirect.
func (ctx *Context) Redirect(code int, url string) error {
	http.Redirect(ctx.w, ctx.r, url, code)
	return nil
}

// Html reproduces internal/web/context/context.go:93.
func (ctx *Context) Html(template string) error {
	return ctx.HtmlWithCode(200, template)
}

// HtmlWithCode reproduces internal/web/context/context.go:97.
func (ctx *Context) HtmlWithCode(code int, template string) error {
	ctx.w.WriteHeader(code)
	return nil
}

// Json reproduces internal/web/context/context.go:102.
func (ctx *Context) Json(data any) error {
	return ctx.JSON(200, data)
}

// JSON is echo.Context.JSON.
func (ctx *Context) JSON(code int, data any) error {
	ctx.w.WriteHeader(code)
	return json.NewEncoder(ctx.w).Encode(data)
}

// ErrorJson reproduces internal/web/context/context.go:110.
func (ctx *Context) ErrorJson(code int, message string, err error) error {
	return ctx.JSON(code, map[string]any{"error": message})
}

// PlainText reproduces internal/web/context/context.go:115.
func (ctx *Context) PlainText(code int, message string) error {
	ctx.w.WriteHeader(code)
	_, err := ctx.w.Write([]byte(message))
	return err
}

// NotFound reproduces internal/web/context/context.go:119.
func (ctx *Context) NotFound(message string) error {
	return ctx.PlainText(404, message)
}

// NoContent is echo.Context.NoContent.
func (ctx *Context) NoContent(code int) error {
	ctx.w.WriteHeader(code)
	return nil
}

// GetSession reproduces internal/web/context/context.go:123.
func (ctx *Context) GetSession() *sessions.Session {
	return ctx.session
}

// SaveSession reproduces internal/web/context/context.go:128.
func (ctx *Context) SaveSession(sess *sessions.Session) {
	ctx.session = sess
}

// AddFlash reproduces internal/web/context/context.go:138.
func (ctx *Context) AddFlash(flashMessage string, flashType string) {
	ctx.SetData("flash"+flashType, flashMessage)
}

// DeleteCsrfCookie reproduces internal/web/context/context.go:154.
func (ctx *Context) DeleteCsrfCookie() {}

// TrH reproduces internal/web/context/context.go:158.
func (ctx *Context) TrH(key string, args ...any) template.HTML {
	return template.HTML(key)
}

// Tr reproduces internal/web/context/context.go:163.
func (ctx *Context) Tr(key string, args ...any) string {
	return key
}

// Request is echo.Context.Request.
func (ctx *Context) Request() *http.Request { return ctx.r }

// Response is echo.Context.Response.
func (ctx *Context) Response() http.ResponseWriter { return ctx.w }

// Param is echo.Context.Param.
func (ctx *Context) Param(name string) string { return ctx.params[name] }

// QueryParam is echo.Context.QueryParam.
func (ctx *Context) QueryParam(name string) string { return ctx.r.URL.Query().Get(name) }

// FormValue is echo.Context.FormValue.
func (ctx *Context) FormValue(name string) string { return ctx.r.FormValue(name) }

// RealIP is echo.Context.RealIP.
func (ctx *Context) RealIP() string { return ctx.r.RemoteAddr }

// Bind is echo.Context.Bind (form or JSON body into i).
func (ctx *Context) Bind(i any) error {
	if ctx.r.Header.Get("Content-Type") == "application/json" {
		return json.NewDecoder(ctx.r.Body).Decode(i)
	}
	return ctx.r.ParseForm()
}

// Validate is echo.Context.Validate (internal/validator upstream).
func (ctx *Context) Validate(i any) error {
	return nil
}
