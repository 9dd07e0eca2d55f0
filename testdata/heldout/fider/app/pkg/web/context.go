// Package web reproduces the request Context of
// github.com/getfider/fider/app/pkg/web (context.go, trimmed: rendering, cookies,
// the HTTP engine and the request binder are left out; BindTo keeps the
// OnPreExecute -> IsAuthorized -> Validate sequence of context.go:181-201).
package web

import (
	"context"
	"net/http"
	"strconv"

	"example.com/heldout/fider/app"
	"example.com/heldout/fider/app/actions"
	"example.com/heldout/fider/app/models/entity"
	"example.com/heldout/fider/app/pkg/dbx"
	"example.com/heldout/fider/app/pkg/validate"
	"example.com/heldout/fider/app/pkg/worker"
)

// Map defines a generic map of type `map[string]any`
type Map map[string]any

// StringMap is a map of strings
type StringMap map[string]string

// Props defines the data required to render rages
type Props struct {
	Page        string
	Title       string
	Description string
	Data        Map
}

// HandlerFunc represents an HTTP handler
type HandlerFunc func(*Context) error

// MiddlewareFunc represents an HTTP middleware
type MiddlewareFunc func(HandlerFunc) HandlerFunc

// Request wraps the incoming HTTP request
type Request struct {
	Method        string
	URL           *http.Request
	Body          string
	ContentLength int64
}

// Response wraps the HTTP response
type Response struct {
	StatusCode int
}

// Context shared between http pipeline
type Context struct {
	context.Context
	Response  Response
	Request   Request
	sessionID string
	params    StringMap
	query     StringMap
	tasks     []worker.Task
	worker    *worker.BackgroundWorker
}

// SessionID returns the current session ID
func (c *Context) SessionID() string {
	return c.sessionID
}

// Set saves data in the context.
func (c *Context) Set(key any, val any) {
	c.Context = context.WithValue(c.Context, key, val)
}

// Commit everything that is pending on current context
func (c *Context) Commit() error {
	trx, ok := c.Value(app.TransactionCtxKey).(*dbx.Trx)
	if ok && trx != nil {
		if err := trx.Commit(); err != nil {
			return err
		}
	}

	for _, task := range c.tasks {
		c.worker.Enqueue(task)
	}

	return nil
}

// Rollback everything that is pending on current context
func (c *Context) Rollback() {
	trx, ok := c.Value(app.TransactionCtxKey).(*dbx.Trx)
	if ok && trx != nil {
		trx.MustRollback()
	}
}

// Enqueue given task to be processed in background
func (c *Context) Enqueue(task worker.Task) {
	task.OriginContext = c
	c.tasks = append(c.tasks, task)
}

// Tenant returns current tenant
func (c *Context) Tenant() *entity.Tenant {
	tenant, ok := c.Value(app.TenantCtxKey).(*entity.Tenant)
	if ok {
		return tenant
	}
	return nil
}

// SetTenant update HTTP context with current tenant
func (c *Context) SetTenant(tenant *entity.Tenant) {
	c.Set(app.TenantCtxKey, tenant)
}

// User returns authenticated user
func (c *Context) User() *entity.User {
	user, ok := c.Value(app.UserCtxKey).(*entity.User)
	if ok {
		return user
	}
	return nil
}

// SetUser update HTTP context with current user
func (c *Context) SetUser(user *entity.User) {
	c.Set(app.UserCtxKey, user)
}

// BindTo context values into given model
func (c *Context) BindTo(i actions.Actionable) *validate.Result {
	if v, ok := i.(actions.PreExecuteAction); ok {
		if err := v.OnPreExecute(c); err != nil {
			return validate.Error(err)
		}
	}

	if !i.IsAuthorized(c, c.User()) {
		return validate.Unauthorized()
	}

	return i.Validate(c, c.User())
}

// HandleValidation handles given validation result property to return 400 or 500
func (c *Context) HandleValidation(result *validate.Result) error {
	if result.Err != nil {
		return c.Failure(result.Err)
	}
	if !result.Authorized {
		return c.Forbidden()
	}
	return c.BadRequest(Map{"errors": result.Errors})
}

// Failure returns a 500 page
func (c *Context) Failure(err error) error {
	c.Response.StatusCode = http.StatusInternalServerError
	return err
}

// Ok returns 200 OK with JSON result
func (c *Context) Ok(data any) error {
	return c.JSON(http.StatusOK, data)
}

// BadRequest returns 400 BadRequest with JSON result
func (c *Context) BadRequest(dict Map) error {
	return c.JSON(http.StatusBadRequest, dict)
}

// Forbidden returns a 403 error page
func (c *Context) Forbidden() error {
	c.Response.StatusCode = http.StatusForbidden
	return nil
}

// NotFound returns a 404 page
func (c *Context) NotFound() error {
	c.Response.StatusCode = http.StatusNotFound
	return nil
}

// Gone returns a 410 page
func (c *Context) Gone() error {
	c.Response.StatusCode = http.StatusGone
	return nil
}

// JSON returns a JSON result
func (c *Context) JSON(code int, i any) error {
	c.Response.StatusCode = code
	return nil
}

// Page returns a page with given variables
func (c *Context) Page(code int, props Props) error {
	c.Response.StatusCode = code
	return nil
}

// Redirect the request to a given URL
func (c *Context) Redirect(url string) error {
	c.Response.StatusCode = http.StatusTemporaryRedirect
	return nil
}

// BaseURL returns base URL
func (c *Context) BaseURL() string {
	return "/"
}

// Param returns parameter as string
func (c *Context) Param(name string) string {
	return c.params[name]
}

// ParamAsInt returns parameter as int
func (c *Context) ParamAsInt(name string) (int, error) {
	return strconv.Atoi(c.Param(name))
}

// QueryParam returns querystring parameter for given key
func (c *Context) QueryParam(key string) string {
	return c.query[key]
}
