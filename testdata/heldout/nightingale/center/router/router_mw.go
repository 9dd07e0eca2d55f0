package router

import (
	"net/http"
	"strings"
	"time"

	"example.com/heldout/nightingale/models"
	"example.com/heldout/nightingale/pkg/ginx"
	"example.com/heldout/nightingale/pkg/thirdparty/gin"
)

// handleProxyUser reproduces center/router/router_mw.go:32 (lookup :39,
// insert :55 via User.Add, which looks the user up again, models/user.go:278).
// It runs for every request when [HTTP.ProxyAuth] is enabled (auth() :187 ->
// proxyAuth :63, and jwtMock :203): a new user's first page load
// fires several API calls at once, each missing the user and each calling Add;
// UNIQUE KEY (username) fails all but one with a 500.
func (rt *Router) handleProxyUser(c *gin.Context) *models.User {
	headerUserNameKey := rt.HTTP.ProxyAuth.HeaderUserNameKey
	username := c.GetHeader(headerUserNameKey)
	if username == "" {
		ginx.Bomb(http.StatusUnauthorized, "unauthorized")
	}

	user, err := models.UserGetByUsername(rt.Ctx, username) // race
	if err != nil {
		bombErr(http.StatusInternalServerError, err)
	}

	if user == nil {
		now := time.Now().Unix()
		user = &models.User{
			Username: username,
			Nickname: username,
			Roles:    strings.Join(rt.HTTP.ProxyAuth.DefaultRoles, " "),
			CreateAt: now,
			UpdateAt: now,
			CreateBy: "system",
			UpdateBy: "system",
		}
		err = user.Add(rt.Ctx)
		if err != nil {
			bombErr(http.StatusInternalServerError, err)
		}
	}
	return user
}

// proxyAuth reproduces center/router/router_mw.go:63.
func (rt *Router) proxyAuth() gin.HandlerFunc {
	return func(c *gin.Context) {
		user := rt.handleProxyUser(c)
		c.Set("userid", user.Id)
		c.Set("username", user.Username)
		c.Next()
	}
}
