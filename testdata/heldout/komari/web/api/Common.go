// Package api reproduces web/api/Common.go of komari-monitor/komari
// da4d5187c1b1 (response helpers only).
package api

import (
	"net/http"

	"example.com/heldout/komari/pkg/gin"
)

// Respond reproduces web/api/Common.go (status/message/data envelope).
func Respond(c *gin.Context, httpStatus int, status string, message string, data interface{}) {
	c.JSON(httpStatus, gin.H{"status": status, "message": message, "data": data})
}

// RespondSuccess reproduces web/api/Common.go:21.
func RespondSuccess(c *gin.Context, data interface{}) {
	Respond(c, http.StatusOK, "success", "", data)
}

// RespondSuccessMessage sends a success response with message and data.
func RespondSuccessMessage(c *gin.Context, message string, data interface{}) {
	Respond(c, http.StatusOK, "success", message, data)
}

// RespondError sends an error response with message.
func RespondError(c *gin.Context, httpStatus int, message string) {
	Respond(c, httpStatus, "error", message, nil)
}
