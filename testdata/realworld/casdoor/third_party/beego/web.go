// Package web stands in for github.com/beego/beego/v2/server/web: the
// controller fields the reproduced handlers use.
package web

// Input is the request side of the context.
type Input struct {
	RequestBody []byte
	params      map[string]string
}

// Query returns a query parameter.
func (i *Input) Query(key string) string { return i.params[key] }

// SetParam sets a parameter.
func (i *Input) SetParam(key, value string) {
	if i.params == nil {
		i.params = map[string]string{}
	}
	i.params[key] = value
}

// Context is the request context.
type Context struct {
	Input *Input
}

// Controller is the beego base controller.
type Controller struct {
	Ctx  *Context
	Data map[interface{}]interface{}
}

// ServeJSON writes Data["json"].
func (c *Controller) ServeJSON() {}
