package controllers

import (
	"encoding/json"

	"example.com/realworld/casdoor/object"
)

// checkKeyPermission is controllers/key.go (trimmed).
func (c *ApiController) checkKeyPermission(oldKey *object.Key, key *object.Key) bool {
	return c.IsAdmin()
}

// UpdateKey is controllers/key.go:150.
func (c *ApiController) UpdateKey() {
	id := c.Ctx.Input.Query("id")

	oldKey, err := object.GetKey(id) // safe: lookup only guards the update (not found answers "Unaffected")
	if err != nil {
		c.ResponseError(err.Error())
		return
	}
	if oldKey == nil {
		c.Data["json"] = wrapActionResponse(false)
		c.ServeJSON()
		return
	}

	var key object.Key
	err = json.Unmarshal(c.Ctx.Input.RequestBody, &key)
	if err != nil {
		c.ResponseError(err.Error())
		return
	}

	if !c.checkKeyPermission(oldKey, &key) {
		return
	}

	c.Data["json"] = wrapActionResponse(object.UpdateKey(id, &key))
	c.ServeJSON()
}
