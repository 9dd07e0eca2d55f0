// Package apiv1 reproduces the REST API handlers of
// github.com/getfider/fider/app/handlers/apiv1 that reach the catalogued sites
// (trimmed: metrics and responses).
package apiv1

import (
	"example.com/heldout/fider/app"
	"example.com/heldout/fider/app/actions"
	"example.com/heldout/fider/app/models/cmd"
	"example.com/heldout/fider/app/models/entity"
	"example.com/heldout/fider/app/models/enum"
	"example.com/heldout/fider/app/models/query"
	"example.com/heldout/fider/app/pkg/bus"
	"example.com/heldout/fider/app/pkg/errors"
	"example.com/heldout/fider/app/pkg/web"
)

// CreateUser is used to create new users
func CreateUser() web.HandlerFunc {
	return func(c *web.Context) error {
		action := new(actions.CreateUser)
		if result := c.BindTo(action); !result.Ok {
			return c.HandleValidation(result)
		}

		var user *entity.User

		getByReference := &query.GetUserByProvider{Provider: "reference", UID: action.Reference}
		// upstream apiv1/user.go:79-96: not found by (provider "reference", provider_uid) and no e-mail
		// given -> RegisterUser (email '', outside the partial e-mail index) + RegisterUserProvider
		err := bus.Dispatch(c, getByReference) // race; no unique key: user_providers is keyed (user_id, provider) only (201702251213_create_users.up.sql:15, 201712061924_unique_email.up.sql:2); nothing is unique on (provider, provider_uid)
		user = getByReference.Result

		if err != nil && errors.Cause(err) == app.ErrNotFound {
			if action.Email != "" {
				getByEmail := &query.GetUserByEmail{Email: action.Email}
				// upstream apiv1/user.go:85-96: not found by e-mail -> RegisterUser (users (tenant_id, email))
				err = bus.Dispatch(c, getByEmail) // race
				user = getByEmail.Result
			}
			if err != nil && errors.Cause(err) == app.ErrNotFound {
				user = &entity.User{
					Tenant: c.Tenant(),
					Name:   action.Name,
					Email:  action.Email,
					Role:   enum.RoleVisitor,
				}
				err = bus.Dispatch(c, &cmd.RegisterUser{User: user})
			}
		}

		if err != nil {
			return c.Failure(err)
		}

		// upstream apiv1/user.go:104-112: a user found by e-mail without a "reference" provider
		// (user.Providers preloaded by queryUser) -> RegisterUserProvider (user_id, "reference")
		if action.Reference != "" && !user.HasProvider("reference") { // race
			if err := bus.Dispatch(c, &cmd.RegisterUserProvider{
				UserID:       user.ID,
				ProviderName: "reference",
				ProviderUID:  action.Reference,
			}); err != nil {
				return c.Failure(err)
			}
		}

		return c.Ok(web.Map{
			"id": user.ID,
		})
	}
}
