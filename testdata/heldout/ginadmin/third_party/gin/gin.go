// Package gin is a stand-in for github.com/gin-gonic/gin with only the API
// subset the reproduced handlers use.
package gin

import "net/http"

// Context stands in for gin.Context.
type Context struct {
	Request *http.Request
	Params  map[string]string
	Status  int
	Body    interface{}
}

// Param returns a path parameter.
func (c *Context) Param(key string) string {
	return c.Params[key]
}

// JSON records a response.
func (c *Context) JSON(code int, obj interface{}) {
	c.Status = code
	c.Body = obj
}
