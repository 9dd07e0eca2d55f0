package actions

// Reproduces github.com/getfider/fider/app/actions/signin.go (trimmed).

import (
	"context"

	"example.com/heldout/fider/app/models/entity"
	"example.com/heldout/fider/app/models/enum"
	"example.com/heldout/fider/app/pkg/validate"
)

// VerifySignInCode happens when user enters the verification code received via email
type VerifySignInCode struct {
	Email string `json:"email" format:"lower"`
	Code  string `json:"code"`
}

// IsAuthorized returns true if current user is authorized to perform this action
func (action *VerifySignInCode) IsAuthorized(ctx context.Context, user *entity.User) bool {
	return true
}

// Validate if current model is valid
func (action *VerifySignInCode) Validate(ctx context.Context, user *entity.User) *validate.Result {
	result := validate.Success()

	if action.Email == "" {
		result.AddFieldFailure("email", propertyIsRequired(ctx, "email"))
	} else {
		messages := validate.Email(ctx, action.Email)
		result.AddFieldFailure("email", messages...)
	}

	if action.Code == "" {
		result.AddFieldFailure("code", propertyIsRequired(ctx, "code"))
	} else if len(action.Code) != 6 {
		result.AddFieldFailure("code", "Verification code must be 6 digits")
	}

	return result
}

// SignInByEmailWithName happens when a new user (without account) requests to sign in by email with their name
type SignInByEmailWithName struct {
	Email            string `json:"email" format:"lower"`
	Name             string `json:"name"`
	VerificationCode string `json:"-"`
	LinkKey          string `json:"-"`
}

func NewSignInByEmailWithName() *SignInByEmailWithName {
	return &SignInByEmailWithName{
		VerificationCode: entity.GenerateEmailVerificationCode(),
		LinkKey:          entity.GenerateEmailVerificationKey(),
	}
}

// IsAuthorized returns true if current user is authorized to perform this action
func (action *SignInByEmailWithName) IsAuthorized(ctx context.Context, user *entity.User) bool {
	return true
}

// Validate if current model is valid
func (action *SignInByEmailWithName) Validate(ctx context.Context, user *entity.User) *validate.Result {
	result := validate.Success()

	if action.Email == "" {
		result.AddFieldFailure("email", propertyIsRequired(ctx, "email"))
	} else {
		messages := validate.Email(ctx, action.Email)
		result.AddFieldFailure("email", messages...)
	}

	if action.Name == "" {
		result.AddFieldFailure("name", propertyIsRequired(ctx, "name"))
	}

	return result
}

// GetEmail returns the email being verified
func (action *SignInByEmailWithName) GetEmail() string {
	return action.Email
}

// GetName returns the name provided by the user
func (action *SignInByEmailWithName) GetName() string {
	return action.Name
}

// GetUser returns the current user performing this action
func (action *SignInByEmailWithName) GetUser() *entity.User {
	return nil
}

// GetKind returns EmailVerificationKindSignIn
func (action *SignInByEmailWithName) GetKind() enum.EmailVerificationKind {
	return enum.EmailVerificationKindSignIn
}

// CompleteProfile happens when users completes their profile during first time sign in
type CompleteProfile struct {
	Kind enum.EmailVerificationKind `json:"kind"`
	Key  string                     `json:"key"`
	Name string                     `json:"name"`
}

// IsAuthorized returns true if current user is authorized to perform this action
func (action *CompleteProfile) IsAuthorized(ctx context.Context, user *entity.User) bool {
	return true
}

// Validate if current model is valid
func (action *CompleteProfile) Validate(ctx context.Context, user *entity.User) *validate.Result {
	result := validate.Success()

	if action.Name == "" {
		result.AddFieldFailure("name", propertyIsRequired(ctx, "name"))
	}

	if action.Key == "" {
		result.AddFieldFailure("key", propertyIsRequired(ctx, "key"))
	}

	return result
}
