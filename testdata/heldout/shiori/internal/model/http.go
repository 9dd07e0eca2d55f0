package model

import "net/http"

// WebContext represents the context of an HTTP request
// Reproduces internal/model/http.go:16 (reduced).
type WebContext interface {
	Request() *http.Request
	ResponseWriter() http.ResponseWriter
	GetAccount() *AccountDTO
	UserIsLogged() bool
}

// AuthorizationHeader is the name of the header used to send the token.
// Reproduces internal/model/http.go:10.
const AuthorizationHeader = "Authorization"
