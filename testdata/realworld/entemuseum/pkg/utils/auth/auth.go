// Package auth stands in for museum pkg/utils/auth.
package auth

import (
	"net/http"
	"strconv"

	"example.com/realworld/entemuseum/ente"
	"example.com/realworld/entemuseum/third_party/gin"
)

// GetUserID returns the authenticated user id.
func GetUserID(header http.Header) int64 {
	id, _ := strconv.ParseInt(header.Get("X-Auth-User-ID"), 10, 64)
	return id
}

// GetApp returns the client app.
func GetApp(c *gin.Context) ente.App {
	return ente.App(c.Request.Header.Get("X-Client-Package"))
}

// GetToken returns the auth token of the request.
func GetToken(c *gin.Context) string { return c.Request.Header.Get("X-Auth-Token") }
