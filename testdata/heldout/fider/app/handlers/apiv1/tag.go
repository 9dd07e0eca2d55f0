package apiv1

// Reproduces AssignTag and CreateEditTag of github.com/getfider/fider/app/handlers/apiv1/tag.go.

import (
	"example.com/heldout/fider/app/actions"
	"example.com/heldout/fider/app/models/cmd"
	"example.com/heldout/fider/app/pkg/bus"
	"example.com/heldout/fider/app/pkg/web"
)

// AssignTag to existing dea
func AssignTag() web.HandlerFunc {
	return func(c *web.Context) error {
		action := new(actions.AssignUnassignTag)
		if result := c.BindTo(action); !result.Ok {
			return c.HandleValidation(result)
		}

		err := bus.Dispatch(c, &cmd.AssignTag{Tag: action.Tag, Post: action.Post})
		if err != nil {
			return c.Failure(err)
		}

		return c.Ok(web.Map{})
	}
}

// CreateEditTag creates a new tag on current tenant
func CreateEditTag() web.HandlerFunc {
	return func(c *web.Context) error {
		action := new(actions.CreateEditTag)
		if result := c.BindTo(action); !result.Ok {
			return c.HandleValidation(result)
		}

		if action.Slug != "" {
			updateTag := &cmd.UpdateTag{
				TagID:    action.Tag.ID,
				Name:     action.Name,
				Color:    action.Color,
				IsPublic: action.IsPublic,
			}
			if err := bus.Dispatch(c, updateTag); err != nil {
				return c.Failure(err)
			}
			return c.Ok(updateTag.Result)
		}

		addNewTag := &cmd.AddNewTag{
			Name:     action.Name,
			Color:    action.Color,
			IsPublic: action.IsPublic,
		}
		if err := bus.Dispatch(c, addNewTag); err != nil {
			return c.Failure(err)
		}
		return c.Ok(addNewTag.Result)
	}
}
