// Package gin reproduces the subset of github.com/gin-gonic/gin that the
// photoprism/photoprism 382ffa89927f API handlers use (routing and responses only).
package gin

// H is gin.H.
type H map[string]interface{}

// Context is gin.Context.
type Context struct{ query map[string]string }

// HandlerFunc is gin.HandlerFunc.
type HandlerFunc func(*Context)

// RouterGroup is gin.RouterGroup.
type RouterGroup struct{ handlers map[string]HandlerFunc }

// GET registers a GET handler.
func (g *RouterGroup) GET(path string, h HandlerFunc) { g.handle("GET "+path, h) }

// POST registers a POST handler.
func (g *RouterGroup) POST(path string, h HandlerFunc) { g.handle("POST "+path, h) }

// handle registers a route.
func (g *RouterGroup) handle(key string, h HandlerFunc) {
	if g.handlers == nil {
		g.handlers = map[string]HandlerFunc{}
	}
	g.handlers[key] = h
}

// BindJSON decodes the request body.
func (c *Context) BindJSON(obj interface{}) error { return nil }

// JSON writes a JSON response.
func (c *Context) JSON(code int, obj interface{}) {}

// HTML renders a template.
func (c *Context) HTML(code int, name string, obj interface{}) {}

// Redirect sends a redirect.
func (c *Context) Redirect(code int, location string) {}

// Query returns a query parameter.
func (c *Context) Query(key string) string { return c.query[key] }

// AbortWithStatusJSON aborts with a JSON body.
func (c *Context) AbortWithStatusJSON(code int, obj interface{}) {}
