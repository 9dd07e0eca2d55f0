package handlers

// Reproduces UpdateSettings and SaveOAuthConfig of
// github.com/getfider/fider/app/handlers/admin.go (trimmed).

import (
	"example.com/heldout/fider/app/actions"
	"example.com/heldout/fider/app/models/cmd"
	"example.com/heldout/fider/app/pkg/bus"
	"example.com/heldout/fider/app/pkg/web"
)

// UpdateSettings update current tenant' settings
func UpdateSettings() web.HandlerFunc {
	return func(c *web.Context) error {
		action := actions.NewUpdateTenantSettings()
		if result := c.BindTo(action); !result.Ok {
			return c.HandleValidation(result)
		}

		if err := bus.Dispatch(c,
			&cmd.UploadImage{
				Image:  action.Logo,
				Folder: "logos",
			},
			&cmd.UpdateTenantSettings{
				Logo:                action.Logo,
				Title:               action.Title,
				Invitation:          action.Invitation,
				WelcomeMessage:      action.WelcomeMessage,
				WelcomeHeader:       action.WelcomeHeader,
				DescriptionTemplate: action.DescriptionTemplate,
				CNAME:               action.CNAME,
				Locale:              action.Locale,
			},
		); err != nil {
			return c.Failure(err)
		}

		return c.Ok(web.Map{})
	}
}

// SaveOAuthConfig is used to create/edit OAuth configurations
func SaveOAuthConfig() web.HandlerFunc {
	return func(c *web.Context) error {
		action := actions.NewCreateEditOAuthConfig()
		if result := c.BindTo(action); !result.Ok {
			return c.HandleValidation(result)
		}

		if err := bus.Dispatch(c,
			&cmd.UploadImage{
				Image:  action.Logo,
				Folder: "logos",
			},
			&cmd.SaveCustomOAuthConfig{
				ID:                action.ID,
				Logo:              action.Logo,
				Provider:          action.Provider,
				Status:            action.Status,
				DisplayName:       action.DisplayName,
				ClientID:          action.ClientID,
				ClientSecret:      action.ClientSecret,
				AuthorizeURL:      action.AuthorizeURL,
				TokenURL:          action.TokenURL,
				ProfileURL:        action.ProfileURL,
				IsTrusted:         action.IsTrusted,
				Scope:             action.Scope,
				JSONUserIDPath:    action.JSONUserIDPath,
				JSONUserNamePath:  action.JSONUserNamePath,
				JSONUserEmailPath: action.JSONUserEmailPath,
				JSONUserRolesPath: action.JSONUserRolesPath,
				AllowedRoles:      action.AllowedRoles,
			},
		); err != nil {
			return c.Failure(err)
		}

		return c.Ok(web.Map{})
	}
}
