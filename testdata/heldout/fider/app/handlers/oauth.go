// Package handlers reproduces the HTTP handlers of github.com/getfider/fider/app/handlers
// that reach the catalogued sites (trimmed: cookies, rendering, e-mail tasks and
// metrics left out). Each handler runs inside middlewares.WebSetup's transaction.
package handlers

import (
	"context"
	"net/url"
	"strings"

	"example.com/heldout/fider/app"
	"example.com/heldout/fider/app/models/cmd"
	"example.com/heldout/fider/app/models/entity"
	"example.com/heldout/fider/app/models/enum"
	"example.com/heldout/fider/app/models/query"
	"example.com/heldout/fider/app/pkg/bus"
	"example.com/heldout/fider/app/pkg/errors"
	"example.com/heldout/fider/app/pkg/web"
)

// OAuthToken exchanges OAuth Code for a user profile
// The user profile is then used to either get an existing user on Fider or creating a new one
// Once Fider user is retrieved/created, an authentication cookie is store in user's browser
func OAuthToken() web.HandlerFunc {
	return func(c *web.Context) error {
		provider := c.Param("provider")
		redirectURL, _ := url.ParseRequestURI(c.QueryParam("redirect"))

		code := c.QueryParam("code")
		if code == "" {
			return c.Redirect(redirectURL.String())
		}

		identifier := c.QueryParam("identifier")
		if identifier == "" || identifier != c.SessionID() {
			return c.Redirect(redirectURL.String())
		}

		oauthUser := &query.GetOAuthProfile{Provider: provider, Code: code}
		if err := bus.Dispatch(c, oauthUser); err != nil {
			return c.Failure(err)
		}

		// Fetch custom provider config once — used for role checking and trust check below.
		customConfig, err := getCustomOAuthConfig(c, provider)
		if err != nil {
			return c.Failure(err)
		}

		// Look up the existing Fider user first (by provider UID, then by email).
		// We need this before the role check so that administrators and collaborators
		// can always sign in regardless of OAuth role changes.
		var user *entity.User

		userByProvider := &query.GetUserByProvider{Provider: provider, UID: oauthUser.Result.ID}
		// upstream oauth.go:118-169: not found by (provider, provider_uid) and, when the profile has
		// no e-mail, no e-mail lookup either -> RegisterUser inserts a users row with email '' (outside
		// the partial user_email_unique_idx) and a user_providers row (provider, provider_uid)
		err = bus.Dispatch(c, userByProvider) // race; no unique key: user_providers is keyed (user_id, provider) only (201702251213_create_users.up.sql:15, 201712061924_unique_email.up.sql:2); nothing is unique on (provider, provider_uid)
		user = userByProvider.Result

		if errors.Cause(err) == app.ErrNotFound && oauthUser.Result.Email != "" {
			userByEmail := &query.GetUserByEmail{Email: oauthUser.Result.Email}
			// upstream oauth.go:123-169: not found by e-mail -> RegisterUser (users (tenant_id, email))
			err = bus.Dispatch(c, userByEmail) // race
			user = userByEmail.Result
		}

		// Check if user has the required roles for this provider.
		var providerRolesPath, providerAllowedRoles string
		if customConfig != nil {
			providerRolesPath = customConfig.JSONUserRolesPath
			providerAllowedRoles = customConfig.AllowedRoles
		}
		isFiderPrivileged := user != nil && (user.Role == enum.RoleAdministrator || user.Role == enum.RoleCollaborator)
		if !isFiderPrivileged && !hasAllowedRole(oauthUser.Result.Roles, providerRolesPath, providerAllowedRoles) {
			return c.Redirect("/access-denied")
		}
		if err != nil {
			if errors.Cause(err) == app.ErrNotFound {
				isTrusted := customConfig != nil && customConfig.IsTrusted
				if c.Tenant().IsPrivate && !isTrusted {
					return c.Redirect("/not-invited")
				}

				user = &entity.User{
					Name:   oauthUser.Result.Name,
					Tenant: c.Tenant(),
					Email:  oauthUser.Result.Email,
					Role:   enum.RoleVisitor,
					Providers: []*entity.UserProvider{
						{
							UID:  oauthUser.Result.ID,
							Name: provider,
						},
					},
				}

				if err = bus.Dispatch(c, &cmd.RegisterUser{User: user}); err != nil {
					return c.Failure(err)
				}
			} else {
				return c.Failure(err)
			}
			// upstream oauth.go:173-181: the user found by e-mail has no row for this provider
			// (user.Providers preloaded by queryUser, user.go:388) -> RegisterUserProvider
		} else if !user.HasProvider(provider) { // race
			if err = bus.Dispatch(c, &cmd.RegisterUserProvider{
				UserID:       user.ID,
				ProviderName: provider,
				ProviderUID:  oauthUser.Result.ID,
			}); err != nil {
				return c.Failure(err)
			}
		}

		// webutil.AddAuthUserCookie(c, user) (trimmed)

		return c.Redirect(redirectURL.String())
	}
}

// getCustomOAuthConfig fetches the custom OAuth provider config for the given provider.
// Returns (nil, nil) for built-in providers.
func getCustomOAuthConfig(ctx context.Context, provider string) (*entity.OAuthConfig, error) {
	if len(provider) == 0 || provider[0] != '_' {
		return nil, nil
	}
	q := &query.GetCustomOAuthConfigByProvider{Provider: provider}
	if err := bus.Dispatch(ctx, q); err != nil {
		return nil, err
	}
	return q.Result, nil
}

// hasAllowedRole is trimmed (upstream evaluates the JSON roles path of the profile).
func hasAllowedRole(userRoles []string, rolesPath, allowedRoles string) bool {
	if rolesPath == "" || allowedRoles == "" {
		return true
	}
	for _, allowed := range strings.Split(allowedRoles, ",") {
		for _, r := range userRoles {
			if strings.TrimSpace(allowed) == r {
				return true
			}
		}
	}
	return false
}
