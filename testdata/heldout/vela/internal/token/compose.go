package token

import (
	"time"

	api "example.com/heldout/vela/api/types"
	"example.com/heldout/vela/pkg/gin"
)

// Compose reproduces internal/token/compose.go:22 (trimmed: no JWT signing;
// it returns a refresh token and an access token for the user).
func (tm *Manager) Compose(c *gin.Context, u *api.User) (string, string, error) {
	rt := u.GetName() + ":refresh:" + time.Now().Add(tm.UserRefreshTokenDuration).String()
	at := u.GetName() + ":access:" + time.Now().Add(tm.UserAccessTokenDuration).String()

	return rt, at, nil
}
