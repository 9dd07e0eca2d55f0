// Package util reproduces the helpers of go-vela/server's util/ package used
// by the reproduced handlers.
package util

import (
	"net/http"

	"example.com/heldout/vela/pkg/gin"
)

// Error reproduces api/types/error.go.
type Error struct {
	Message *string `json:"error"`
}

// HandleError reproduces util/util.go HandleError (trimmed: no abort).
func HandleError(c *gin.Context, status int, err error) {
	msg := err.Error()

	if status == http.StatusServiceUnavailable || status == http.StatusInternalServerError {
		// upstream logs the error here
		_ = msg
	}

	c.JSON(status, &Error{Message: &msg})
}
