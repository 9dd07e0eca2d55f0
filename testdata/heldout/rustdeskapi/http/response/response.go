// Package response reproduces lejianwen/rustdesk-api c5687e150615 http/response (minimal stand-in).
package response

import "example.com/heldout/rustdeskapi/third_party/gin"

// Success reproduces http/response/response.go:37.
func Success(c *gin.Context, data interface{}) { c.JSON(200, data) }

// Fail reproduces http/response/response.go:41.
func Fail(c *gin.Context, code int, message string) {
	c.JSON(200, gin.H{"code": code, "message": message})
}

// Error reproduces http/response/response.go:45.
func Error(c *gin.Context, message string) { c.JSON(400, gin.H{"error": message}) }

// TranslateMsg reproduces http/response/response.go:58: returns the id unchanged.
func TranslateMsg(c *gin.Context, messageId string) string { return messageId }
