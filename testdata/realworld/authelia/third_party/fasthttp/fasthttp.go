// Package fasthttp is a small stand-in for github.com/valyala/fasthttp (status codes).
package fasthttp

import "net/http"

const (
	StatusOK           = http.StatusOK
	StatusCreated      = http.StatusCreated
	StatusBadRequest   = http.StatusBadRequest
	StatusUnauthorized = http.StatusUnauthorized
	StatusForbidden    = http.StatusForbidden
	StatusConflict     = http.StatusConflict
)
