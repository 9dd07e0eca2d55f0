package controllers

import (
	"example.com/heldout/casnode/object"
)

// AddSensitive reproduces controllers/sensitive.go:24 (GET /api/add-sensitive,
// admin) -> object.AddSensitiveWord (object/sensitive_word.go:35), which
// repeats the IsSensitiveWord check right before its insert.
func (c *ApiController) AddSensitive() {
	if c.RequireAdmin() {
		return
	}

	sensitiveWord := c.Input().Get("word")
	if sensitiveWord == "" {
		c.ResponseError("You didn't input a sensitive word.")
		return
	}
	if len(sensitiveWord) > 64 {
		c.ResponseError("This sensitive word is too long.")
		return
	}
	if object.IsSensitiveWord(sensitiveWord) {
		c.ResponseError("This is already a sensitive word.")
		return
	}

	object.AddSensitiveWord(sensitiveWord)

	c.ResponseOk()
}
