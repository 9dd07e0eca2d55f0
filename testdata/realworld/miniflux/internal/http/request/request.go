// Package request stands in for miniflux internal/http/request.
package request // import "example.com/realworld/miniflux/internal/http/request"

import (
	"net/http"
	"strconv"

	"example.com/realworld/miniflux/internal/model"
)

type contextKey int

// WebSessionContextKey is the context key of the web session.
const WebSessionContextKey contextKey = iota

// UserID returns the authenticated user ID.
func UserID(r *http.Request) int64 {
	id, _ := strconv.ParseInt(r.Header.Get("X-User-ID"), 10, 64)
	return id
}

// IsAdminUser reports whether the authenticated user is an admin.
func IsAdminUser(r *http.Request) bool { return r.Header.Get("X-Admin") == "1" }

// IsAuthenticated reports whether the request is authenticated.
func IsAuthenticated(r *http.Request) bool { return UserID(r) > 0 }

// RouteInt64Param returns a route parameter as int64.
func RouteInt64Param(r *http.Request, param string) int64 {
	v, _ := strconv.ParseInt(r.PathValue(param), 10, 64)
	return v
}

// RouteStringParam returns a route parameter.
func RouteStringParam(r *http.Request, param string) string { return r.PathValue(param) }

// QueryStringParam returns a query string parameter or a default.
func QueryStringParam(r *http.Request, param, defaultValue string) string {
	if v := r.URL.Query().Get(param); v != "" {
		return v
	}
	return defaultValue
}

// CookieValue returns a cookie value.
func CookieValue(r *http.Request, name string) string {
	c, err := r.Cookie(name)
	if err != nil {
		return ""
	}
	return c.Value
}

// ClientIP returns the client IP.
func ClientIP(r *http.Request) string { return r.RemoteAddr }

// WebSession returns the web session of the request.
func WebSession(r *http.Request) *model.WebSession {
	s, _ := r.Context().Value(WebSessionContextKey).(*model.WebSession)
	return s
}
