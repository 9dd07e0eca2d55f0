// Package beego is a minimal stand-in for github.com/astaxie/beego (v1.12.3),
// the web framework casnode's controllers are written against: the embedded
// Controller (Input, Ctx.Input.RequestBody, Data, ServeJSON, sessions) and
// the router registration used by routers/router.go.
package beego

import (
	"net/url"

	"example.com/heldout/casnode/pkg/beego/context"
)

// Controller stands in for beego.Controller.
type Controller struct {
	Ctx     *context.Context
	Data    map[interface{}]interface{}
	form    url.Values
	session map[interface{}]interface{}
}

// ControllerInterface stands in for beego.ControllerInterface.
type ControllerInterface interface{}

// Input returns the request's form values.
func (c *Controller) Input() url.Values {
	if c.form == nil {
		c.form = url.Values{}
	}
	return c.form
}

// ServeJSON writes c.Data["json"] (stand-in: no-op).
func (c *Controller) ServeJSON(encoding ...bool) {}

// GetSession returns a session value.
func (c *Controller) GetSession(name interface{}) interface{} {
	return c.session[name]
}

// SetSession stores a session value.
func (c *Controller) SetSession(name interface{}, value interface{}) {
	if c.session == nil {
		c.session = map[interface{}]interface{}{}
	}
	c.session[name] = value
}

// DelSession removes a session value.
func (c *Controller) DelSession(name interface{}) {
	delete(c.session, name)
}

// Router registers a route (stand-in: no-op).
func Router(rootpath string, c ControllerInterface, mappingMethods ...string) {}

// Run starts the HTTP server (stand-in: no-op).
func Run(params ...string) {}
