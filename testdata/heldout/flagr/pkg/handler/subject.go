package handler

import "net/http"

// getSubjectFromRequest reproduces pkg/handler/subject.go:12 (JWT and cookie
// auth trimmed).
func getSubjectFromRequest(r *http.Request) string {
	if r == nil {
		return ""
	}
	return r.Header.Get("X-Email")
}
