// Package middleware reproduces internal/http/middleware/auth.go (reduced).
package middleware

import (
	"net/http"

	"example.com/heldout/shiori/internal/http/response"
	"example.com/heldout/shiori/internal/model"
)

// RequireLoggedInUser reproduces internal/http/middleware/auth.go:58.
func RequireLoggedInUser(deps model.Dependencies, c model.WebContext) error {
	if !c.UserIsLogged() {
		response.SendError(c, http.StatusUnauthorized, "Authentication required")
		return model.ErrUnauthorized
	}
	return nil
}

// RequireLoggedInAdmin reproduces internal/http/middleware/auth.go:67.
func RequireLoggedInAdmin(deps model.Dependencies, c model.WebContext) error {
	account := c.GetAccount()
	if account == nil || !account.IsOwner() {
		response.SendError(c, http.StatusForbidden, "Admin access required")
		return model.ErrUnauthorized
	}
	return nil
}
