// Package api reproduces photoprism/photoprism 382ffa89927f internal/api (gin handlers; ACL, YAML backup and client config refresh trimmed).
package api

import (
	"net/http"

	"example.com/realworld/photoprism/internal/auth/oidc"
	"example.com/realworld/photoprism/internal/entity"
	"example.com/realworld/photoprism/internal/event"
	"example.com/realworld/photoprism/pkg/authn"
	"example.com/realworld/photoprism/pkg/rnd"
	"example.com/realworld/photoprism/third_party/gin"
)

// oidcConfig stands in for the *config.Config methods the handler reads
// (get.Config()).
type oidcConfig struct {
	register bool
	username string
}

// OIDCRegister is internal/config/config_oidc.go OIDCRegister.
func (c *oidcConfig) OIDCRegister() bool { return c.register }

// OIDCUsername is internal/config/config_oidc.go OIDCUsername.
func (c *oidcConfig) OIDCUsername() string { return c.username }

// conf stands in for get.Config().
var conf = &oidcConfig{}

// provider stands in for get.OIDC().
var provider = &oidc.Client{}

// OIDCRedirect is internal/api/oidc_redirect.go:30: creates a new API access
// token when a user has been successfully authenticated via OIDC, and then
// redirects the browser back to the app (CDN, rate limit, domain checks,
// profile field copying, avatar and session creation trimmed).
//
// GET /api/v1/oidc/redirect
func OIDCRedirect(router *gin.RouterGroup) {
	router.GET("/oidc/redirect", func(c *gin.Context) {
		clientIp := "127.0.0.1" // ClientIP(c)
		userAgent := ""         // UserAgent(c)
		userName := "unknown user"

		// Check the auth request and, if successful, get user information and tokens.
		userInfo, _, claimErr := provider.CodeExchangeUserInfo(c)

		if claimErr != nil {
			event.AuditErr([]string{clientIp, "create session", "oidc", claimErr.Error()})
			return
		}

		// Step 1: Create user account if it does not exist yet.
		var user *entity.User
		var err error

		// Find existing user record and update it, if necessary.
		if oidcUser := entity.OidcUser(userInfo, provider.Issuer(), oidc.Username(userInfo, conf.OIDCUsername())); authn.ProviderOIDC.NotEqual(oidcUser.AuthProvider) {
			event.AuditErr([]string{clientIp, "create session", "oidc", "auth provider is not oidc"})
			c.HTML(http.StatusUnauthorized, "auth.gohtml", nil)
			return
		} else if oidcUser.UserName == "" {
			event.AuditErr([]string{clientIp, "create session", "oidc", "username required to register"})
			c.HTML(http.StatusUnauthorized, "auth.gohtml", nil)
			return
		} else if user = entity.FindUser(oidcUser); user != nil { // race
			userName = user.Username()
			event.AuditInfo([]string{clientIp, "create session", "oidc", "found user", userName})

			if user.AuthID == "" || oidcUser.AuthID == "" || user.AuthID != oidcUser.AuthID {
				event.AuditErr([]string{clientIp, "create session", "oidc", userName, "invalid auth id"})
				c.HTML(http.StatusUnauthorized, "auth.gohtml", nil)
				return
			}

			// Update Subject ID and Issuer URI.
			user.SetAuthID(userInfo.Subject, provider.Issuer())

			// Update existing user account.
			if err = user.Save(); err != nil {
				event.LoginError(clientIp, "oidc", userName, userAgent, "account update failed ("+err.Error()+")")
				c.HTML(http.StatusUnauthorized, "auth.gohtml", nil)
				return
			}
		} else if conf.OIDCRegister() {
			// Create new user record.
			user = &oidcUser

			userName = oidcUser.Username()

			// Resolve potential naming conflict by adding a random number to the username.
			if found := entity.FindUserByName(userName); found != nil { // race
				userName = userName + rnd.Base10(6)
			}

			event.AuditInfo([]string{clientIp, "create session", "oidc", "create user", userName})

			user.UserName = userName

			// Set user role and permissions.
			user.CanLogin = true

			// Create new user account, and then update the Subject ID to make sure it is unique.
			if err = user.Create(); err != nil {
				event.LoginError(clientIp, "oidc", userName, userAgent, "account create failed ("+err.Error()+")")
				c.HTML(http.StatusUnauthorized, "auth.gohtml", nil)
				return
			} else if err = user.UpdateAuthID(userInfo.Subject, provider.Issuer()); err != nil {
				event.LoginError(clientIp, "oidc", userName, userAgent, "account update failed ("+err.Error()+")")
				c.HTML(http.StatusUnauthorized, "auth.gohtml", nil)
				return
			}
		} else {
			event.AuditErr([]string{clientIp, "create session", "oidc", userName, "registration disabled"})
			c.HTML(http.StatusUnauthorized, "auth.gohtml", nil)
			return
		}

		// Step 2: Create user session (trimmed).
		c.Redirect(http.StatusTemporaryRedirect, "/library/")
	})
}
