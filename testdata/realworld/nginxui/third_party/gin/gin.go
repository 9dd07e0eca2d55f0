// Package gin reproduces the subset of github.com/gin-gonic/gin used by the
// 0xJacky/nginx-ui 1df16d75f689 handlers (request accessors and JSON responses).
package gin

// H is gin.H.
type H map[string]interface{}

// Context is gin.Context.
type Context struct {
	params map[string]string
	query  map[string]string
}

// Param returns a path parameter.
func (c *Context) Param(key string) string { return c.params[key] }

// Query returns a query parameter.
func (c *Context) Query(key string) string { return c.query[key] }

// ShouldBindJSON decodes the request body.
func (c *Context) ShouldBindJSON(obj interface{}) error { return nil }

// JSON writes a JSON response.
func (c *Context) JSON(code int, obj interface{}) {}
