// Package gin stands in for github.com/gin-gonic/gin: *Context is passed as a
// context.Context to the repositories, as upstream does.
package gin

import (
	"context"
	"net/http"
)

// Context is the request context.
type Context struct {
	context.Context
	Request *http.Request
}
