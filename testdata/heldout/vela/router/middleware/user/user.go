// Package user reproduces router/middleware/user: Retrieve returns the
// authenticated user that the middleware loaded (GetUserForName on the token
// subject) into the gin context.
package user

import (
	api "example.com/heldout/vela/api/types"
	"example.com/heldout/vela/pkg/gin"
)

const key = "user"

// Retrieve gets the user in the given context.
func Retrieve(c *gin.Context) *api.User {
	v, ok := c.Get(key)
	if !ok {
		return nil
	}

	u, _ := v.(*api.User)

	return u
}
