// Package repo reproduces router/middleware/repo: Retrieve returns the repo
// that repo.Establish loaded (GetRepoForOrg on the :org/:repo path) into the
// gin context.
package repo

import (
	api "example.com/heldout/vela/api/types"
	"example.com/heldout/vela/pkg/gin"
)

const key = "repo"

// Retrieve gets the repo in the given context.
func Retrieve(c *gin.Context) *api.Repo {
	v, ok := c.Get(key)
	if !ok {
		return nil
	}

	r, _ := v.(*api.Repo)

	return r
}
