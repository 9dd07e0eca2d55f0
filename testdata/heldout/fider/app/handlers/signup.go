package handlers

// Reproduces CreateTenant of github.com/getfider/fider/app/handlers/signup.go
// (trimmed: cookies, metrics, userlist and e-mail tasks left out).

import (
	"time"

	"example.com/heldout/fider/app/actions"
	"example.com/heldout/fider/app/models/cmd"
	"example.com/heldout/fider/app/models/entity"
	"example.com/heldout/fider/app/models/enum"
	"example.com/heldout/fider/app/pkg/bus"
	"example.com/heldout/fider/app/pkg/env"
	"example.com/heldout/fider/app/pkg/web"
)

// CreateTenant creates a new tenant
func CreateTenant() web.HandlerFunc {
	return func(c *web.Context) error {
		if env.Config.SignUpDisabled {
			return c.NotFound()
		}

		action := actions.NewCreateTenant()
		// CreateTenant.Validate -> validate.Subdomain -> IsSubdomainAvailable (the lookup)
		if result := c.BindTo(action); !result.Ok {
			return c.HandleValidation(result)
		}

		socialSignUp := action.Token != ""

		status := enum.TenantPending
		if socialSignUp {
			status = enum.TenantActive
		}

		createTenant := &cmd.CreateTenant{
			Name:      action.TenantName,
			Subdomain: action.Subdomain,
			Status:    status,
		}
		err := bus.Dispatch(c, createTenant)
		if err != nil {
			return c.Failure(err)
		}

		c.SetTenant(createTenant.Result)

		user := &entity.User{
			Tenant: createTenant.Result,
			Role:   enum.RoleAdministrator,
		}

		if socialSignUp && action.UserClaims != nil {
			user.Name = action.UserClaims.OAuthName
			user.Email = action.UserClaims.OAuthEmail
			user.Providers = []*entity.UserProvider{
				{
					UID:  action.UserClaims.OAuthID,
					Name: action.UserClaims.OAuthProvider,
				},
			}

			if err := bus.Dispatch(c, &cmd.RegisterUser{User: user}); err != nil {
				return c.Failure(err)
			}
		} else {
			user.Name = action.Name
			user.Email = action.Email

			err := bus.Dispatch(c, &cmd.SaveVerificationKey{
				Key:      action.VerificationKey,
				Duration: 48 * time.Hour,
				Request:  action,
			})
			if err != nil {
				return c.Failure(err)
			}
		}

		return c.Ok(web.Map{})
	}
}
