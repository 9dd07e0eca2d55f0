package actions

// Reproduces github.com/getfider/fider/app/actions/user.go (CreateUser and
// ChangeUserEmail, trimmed).

import (
	"context"

	"example.com/heldout/fider/app"
	"example.com/heldout/fider/app/models/entity"
	"example.com/heldout/fider/app/models/enum"
	"example.com/heldout/fider/app/models/query"
	"example.com/heldout/fider/app/pkg/bus"
	"example.com/heldout/fider/app/pkg/errors"
	"example.com/heldout/fider/app/pkg/validate"
)

// CreateUser is the action to create a new user
type CreateUser struct {
	Name      string `json:"name"`
	Email     string `json:"email"`
	Reference string `json:"reference"`
}

// IsAuthorized returns true if current user is authorized to perform this action
func (action *CreateUser) IsAuthorized(ctx context.Context, user *entity.User) bool {
	return user != nil && user.IsAdministrator()
}

// Validate if current model is valid
func (action *CreateUser) Validate(ctx context.Context, user *entity.User) *validate.Result {
	result := validate.Success()

	if action.Name == "" {
		result.AddFieldFailure("name", "Name is required.")
	} else if len(action.Name) > 100 {
		result.AddFieldFailure("name", "Name must have less than 100 characters.")
	}

	if action.Email == "" && action.Reference == "" {
		result.AddFieldFailure("", "Either email or reference is required")
	} else {
		if action.Email != "" {
			messages := validate.Email(ctx, action.Email)
			if len(messages) > 0 {
				result.AddFieldFailure("email", messages...)
			}
		}

		if len(action.Reference) > 100 {
			result.AddFieldFailure("reference", "Reference must have less than 100 characters.")
		}
	}

	return result
}

// ChangeUserEmail is the action used to change current user's email
type ChangeUserEmail struct {
	Email           string       `json:"email" format:"lower"`
	VerificationKey string       `json:"-"`
	Requestor       *entity.User `json:"-"`
}

func NewChangeUserEmail() *ChangeUserEmail {
	return &ChangeUserEmail{
		VerificationKey: entity.GenerateEmailVerificationKey(),
	}
}

// IsAuthorized returns true if current user is authorized to perform this action
func (action *ChangeUserEmail) IsAuthorized(ctx context.Context, user *entity.User) bool {
	return user != nil
}

// Validate if current model is valid
func (action *ChangeUserEmail) Validate(ctx context.Context, user *entity.User) *validate.Result {
	result := validate.Success()

	if action.Email == "" {
		result.AddFieldFailure("email", propertyIsRequired(ctx, "email"))
		return result
	}

	if user.Email == action.Email {
		result.AddFieldFailure("email", "Choose a different email.")
		return result
	}

	messages := validate.Email(ctx, action.Email)
	if len(messages) > 0 {
		result.AddFieldFailure("email", messages...)
		return result
	}

	userByEmail := &query.GetUserByEmail{Email: action.Email}
	// upstream actions/user.go:133-141: guards handlers.ChangeUserEmail's SaveVerificationKey (a
	// fresh 64-char key) and, later, VerifyChangeEmailKey's UPDATE users SET email (user.go:187)
	err := bus.Dispatch(ctx, userByEmail) // safe: guards an insert keyed on a fresh random verification key and a later UPDATE of the current user's email; no user row is inserted
	if err != nil && errors.Cause(err) != app.ErrNotFound {
		return validate.Error(err)
	}
	if err == nil && userByEmail.Result.ID != user.ID {
		result.AddFieldFailure("email", "This email is already in use by someone else")
		return result
	}
	action.Requestor = user
	return result
}

// GetEmail returns the email being verified
func (action *ChangeUserEmail) GetEmail() string {
	return action.Email
}

// GetName returns empty for this kind of process
func (action *ChangeUserEmail) GetName() string {
	return ""
}

// GetUser returns the current user performing this action
func (action *ChangeUserEmail) GetUser() *entity.User {
	return action.Requestor
}

// GetKind returns EmailVerificationKindSignIn
func (action *ChangeUserEmail) GetKind() enum.EmailVerificationKind {
	return enum.EmailVerificationKindChangeEmail
}
