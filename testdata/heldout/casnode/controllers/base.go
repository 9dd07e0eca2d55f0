// Package controllers reproduces casnode's controllers package: beego
// controllers (beego is a stand-in, pkg/beego) mounted under /api/ by
// routers/router.go.
package controllers

import (
	"encoding/gob"

	"example.com/heldout/casnode/pkg/beego"
	"example.com/heldout/casnode/pkg/casdoorsdk"
)

// ApiController reproduces controllers/base.go:24.
type ApiController struct {
	beego.Controller
}

func init() {
	gob.Register(casdoorsdk.Claims{})
}

// GetUserName reproduces controllers/base.go:32.
func GetUserName(user *casdoorsdk.User) string {
	if user == nil {
		return ""
	}

	return user.Name
}

// GetSessionClaims reproduces controllers/base.go:40.
func (c *ApiController) GetSessionClaims() *casdoorsdk.Claims {
	s := c.GetSession("user")
	if s == nil {
		return nil
	}

	claims := s.(casdoorsdk.Claims)
	return &claims
}

// GetSessionUser reproduces controllers/base.go:59.
func (c *ApiController) GetSessionUser() *casdoorsdk.User {
	claims := c.GetSessionClaims()
	if claims == nil {
		return nil
	}

	return &claims.User
}

// GetSessionUsername reproduces controllers/base.go:81.
func (c *ApiController) GetSessionUsername() string {
	user := c.GetSessionUser()
	if user == nil {
		return ""
	}

	return GetUserName(user)
}
