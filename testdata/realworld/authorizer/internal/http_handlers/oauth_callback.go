// Package http_handlers reproduces authorizerdev/authorizer 4ad0758cebf4 internal/http_handlers.
package http_handlers

import (
	"strings"
	"time"

	"example.com/realworld/authorizer/internal/refs"
	"example.com/realworld/authorizer/internal/storage/schemas"
	"example.com/realworld/authorizer/third_party/gin"
)

// stringSliceContains stands in for internal/utils.StringSliceContains.
func stringSliceContains(s []string, v string) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

// processUserInfo stands in for the per-provider processXxxUserInfo helpers
// (internal/http_handlers/oauth_callback.go:740 onwards), which exchange the
// code and map the provider profile to a user.
func (h *httpProvider) processUserInfo(ctx *gin.Context, provider, code string) (*schemas.User, bool, error) {
	return &schemas.User{Email: refs.NewStringRef(ctx.Request.FormValue("email"))}, true, nil
}

// OAuthCallbackHandler is internal/http_handlers/oauth_callback.go:65 (state
// and PKCE handling, metrics, audit logging, the stateful-account guard and
// token/session issuance after the user is resolved are trimmed).
// OAuthCallbackHandler handles the OAuth callback for various oauth providers
func (h *httpProvider) OAuthCallbackHandler() gin.HandlerFunc {
	log := h.Log.With().Str("func", "OAuthCallbackHandler").Logger()
	return func(ctx *gin.Context) {
		provider := ctx.Param("oauth_provider")
		inputRoles := strings.Split(ctx.Request.FormValue("roles"), ",")
		var user *schemas.User
		var providerEmailVerified bool
		oauthCode := ctx.Request.FormValue("code")
		if oauthCode == "" {
			log.Debug().Msg("Invalid oauth code")
			ctx.JSON(400, gin.H{"error": "invalid oauth code"})
			return
		}
		user, providerEmailVerified, err := h.processUserInfo(ctx, provider, oauthCode)
		if err != nil {
			log.Debug().Err(err).Msg("Failed to process user info")
			ctx.JSON(400, gin.H{
				"error":             "oauth_callback_failed",
				"error_description": "OAuth callback could not be completed. Please try again.",
			})
			return
		}
		if user == nil {
			log.Debug().Err(err).Msg("Failed to get user")
			ctx.JSON(
				500,
				gin.H{"error": "Something Went Wrong. Please Try Again."},
			)
			return
		}
		existingUser, err := h.StorageProvider.GetUserByEmail(ctx, refs.StringValue(user.Email)) // race

		// An email the identity provider has not attested is attacker-controlled
		// input, and every branch below keys the local account off it — the
		// lookup above decides signup vs. login.
		if !providerEmailVerified && !h.allowUnverifiedProviderEmail(provider, existingUser, err == nil) {
			log.Debug().Str("provider", provider).Msg("Provider did not attest the email address; refusing to resolve a local account")
			ctx.JSON(400, gin.H{
				"error":             "email_not_verified",
				"error_description": "The identity provider did not confirm that you own this email address.",
			})
			return
		}

		if err != nil {
			isSignupEnabled := h.Config.EnableSignup
			if !isSignupEnabled {
				log.Debug().Err(err).Msg("Signup is disabled")
				ctx.JSON(400, gin.H{"error": "signup is disabled for this instance"})
				return
			}
			// user not registered, register user and generate session token
			user.SignupMethods = provider
			// make sure inputRoles don't include protected roles
			hasProtectedRole := false
			for _, ir := range inputRoles {
				protectedRoles := h.Config.ProtectedRoles
				if stringSliceContains(protectedRoles, ir) {
					hasProtectedRole = true
				}
			}

			if hasProtectedRole {
				log.Debug().Err(err).Msg("Invalid role. User is using protected role")
				ctx.JSON(400, gin.H{"error": "invalid role"})
				return
			}

			user.Roles = strings.Join(inputRoles, ",")
			// Only record the address as verified when the provider actually
			// attested it.
			if providerEmailVerified {
				now := time.Now().Unix()
				user.EmailVerifiedAt = &now
			}
			user, err = h.StorageProvider.AddUser(ctx, user)
			if err != nil {
				log.Debug().Err(err).Msg("Failed to add user")
				ctx.JSON(500, gin.H{"error": "failed to process OAuth login"})
				return
			}
		} else {
			if existingUser.RevokedTimestamp != nil {
				log.Debug().Msg("User access has been revoked")
				ctx.JSON(400, gin.H{"error": "user access has been revoked"})
				return
			}

			// Prevent account pre-hijacking: if the existing account's email
			// was never verified, do not link the OAuth identity to it.
			// Instead, delete the unverified account and treat as a new signup
			// for the OAuth user who actually controls the email address.
			if existingUser.EmailVerifiedAt == nil && !signupMethodsContain(existingUser.SignupMethods, provider) {
				log.Info().Str("existing_user_id", existingUser.ID).Msg("Removing unverified pre-existing account before OAuth signup")
				if err := h.StorageProvider.DeleteUser(ctx, existingUser); err != nil {
					log.Debug().Err(err).Msg("Failed to delete unverified user")
					ctx.JSON(500, gin.H{"error": "failed to process OAuth login"})
					return
				}
				user.SignupMethods = provider
				user.Roles = strings.Join(inputRoles, ",")
				now := time.Now().Unix()
				user.EmailVerifiedAt = &now
				user, err = h.StorageProvider.AddUser(ctx, user)
				if err != nil {
					log.Debug().Err(err).Msg("Failed to add user after removing unverified account")
					ctx.JSON(500, gin.H{"error": "failed to process OAuth login"})
					return
				}
			} else {
				user = existingUser

				// user exists in db, check if method was google
				// if not append google to existing signup method and save it
				signupMethod := existingUser.SignupMethods
				if !strings.Contains(signupMethod, provider) {
					signupMethod = signupMethod + "," + provider
				}
				user.SignupMethods = signupMethod
				user.Roles = existingUser.Roles

				user, err = h.StorageProvider.UpdateUser(ctx, user)
				if err != nil {
					log.Debug().Err(err).Msg("Failed to update user")
					ctx.JSON(500, gin.H{"error": "failed to process OAuth login"})
					return
				}
			}
		}

		ctx.JSON(200, gin.H{"user_id": user.ID})
	}
}

// allowUnverifiedProviderEmail is internal/http_handlers/oauth_callback.go:610
// (the OAuthAllowUnverifiedProviderEmail config switch is taken as off).
func (h *httpProvider) allowUnverifiedProviderEmail(provider string, existingUser *schemas.User, found bool) bool {
	return false
}

// signupMethodsContain is internal/http_handlers/oauth_callback.go:633.
// signupMethodsContain reports whether a stored comma-separated signup-methods
// list contains an exact method. Deliberately not strings.Contains: the
// provider names include the near-miss pair twitch/twitter, and a substring
// match on a security decision would let one provider inherit the other's
// accounts.
func signupMethodsContain(signupMethods, provider string) bool {
	for _, m := range strings.Split(signupMethods, ",") {
		if strings.TrimSpace(m) == provider {
			return true
		}
	}
	return false
}
