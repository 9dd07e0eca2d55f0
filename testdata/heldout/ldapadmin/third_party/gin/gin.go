// Package gin reproduces eryajf/go-ldap-admin 9e621c8a80b8 (minimal stand-in for github.com/gin-gonic/gin).
package gin

// Context stands in for gin.Context.
type Context struct {
	Keys map[string]any
}

// Get stands in for gin.Context.Get.
func (c *Context) Get(key string) (value any, exists bool) {
	if c == nil {
		return nil, false
	}
	value, exists = c.Keys[key]
	return
}
