// Package actions reproduces the input models of github.com/getfider/fider/app/actions
// used by the reproduced handlers (trimmed to their lookups).
package actions

import (
	"context"

	"example.com/heldout/fider/app/models/entity"
	"example.com/heldout/fider/app/pkg/validate"
)

// Actionable is any action that the user can perform using the web app
type Actionable interface {
	IsAuthorized(ctx context.Context, user *entity.User) bool
	Validate(ctx context.Context, user *entity.User) *validate.Result
}

// PreExecuteAction can add custom pre processing logic for any action
// OnPreExecute is executed before IsAuthorized and Validate
type PreExecuteAction interface {
	OnPreExecute(ctx context.Context) error
}

func propertyIsRequired(ctx context.Context, name string) string {
	return name + " is required."
}
