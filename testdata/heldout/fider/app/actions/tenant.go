package actions

// Reproduces github.com/getfider/fider/app/actions/tenant.go (CreateTenant and
// UpdateTenantSettings, trimmed: the OAuth token decoding, legal agreement and
// logo validation are left out).

import (
	"context"

	"example.com/heldout/fider/app/models/dto"
	"example.com/heldout/fider/app/models/entity"
	"example.com/heldout/fider/app/models/enum"
	"example.com/heldout/fider/app/pkg/env"
	"example.com/heldout/fider/app/pkg/validate"
)

// OAuthClaims reproduces the fields of jwt.OAuthClaims read by handlers.CreateTenant
type OAuthClaims struct {
	OAuthID       string
	OAuthProvider string
	OAuthName     string
	OAuthEmail    string
}

// CreateTenant is the input model used to create a tenant
type CreateTenant struct {
	Token           string       `json:"token"`
	Name            string       `json:"name"`
	Email           string       `json:"email" format:"lower"`
	VerificationKey string       `json:"-"`
	TenantName      string       `json:"tenantName"`
	LegalAgreement  bool         `json:"legalAgreement"`
	Subdomain       string       `json:"subdomain" format:"lower"`
	UserClaims      *OAuthClaims `json:"-"`
}

func NewCreateTenant() *CreateTenant {
	return &CreateTenant{
		VerificationKey: entity.GenerateEmailVerificationKey(),
	}
}

// IsAuthorized returns true if current user is authorized to perform this action
func (action *CreateTenant) IsAuthorized(ctx context.Context, user *entity.User) bool {
	return true
}

// Validate if current model is valid
func (action *CreateTenant) Validate(ctx context.Context, user *entity.User) *validate.Result {
	result := validate.Success()

	var err error
	if action.Name == "" && action.Email == "" {
		if action.Token == "" {
			result.AddFieldFailure("token", "Please identify yourself before proceeding.")
		}
	} else {
		if action.Email == "" {
			result.AddFieldFailure("email", "Email is required.")
		} else {
			messages := validate.Email(ctx, action.Email)
			result.AddFieldFailure("email", messages...)
		}

		if action.Name == "" {
			result.AddFieldFailure("name", "Name is required.")
		}
		if len(action.Name) > 60 {
			result.AddFieldFailure("name", "Name must have less than 60 characters.")
		}
	}

	if env.IsSingleHostMode() {
		action.Subdomain = "default"
	}

	if action.TenantName == "" {
		result.AddFieldFailure("tenantName", "Name is required.")
	}

	messages, err := validate.Subdomain(ctx, action.Subdomain)
	if err != nil {
		return validate.Error(err)
	}

	result.AddFieldFailure("subdomain", messages...)

	return result
}

// GetEmail returns the email being verified
func (action *CreateTenant) GetEmail() string {
	return action.Email
}

// GetName returns the name of the email owner
func (action *CreateTenant) GetName() string {
	return action.Name
}

// GetUser returns the current user performing this action
func (action *CreateTenant) GetUser() *entity.User {
	return nil
}

// GetKind returns EmailVerificationKindSignUp
func (action *CreateTenant) GetKind() enum.EmailVerificationKind {
	return enum.EmailVerificationKindSignUp
}

// UpdateTenantSettings is the input model used to update tenant settings
type UpdateTenantSettings struct {
	Logo                *dto.ImageUpload `json:"logo"`
	Title               string           `json:"title"`
	Invitation          string           `json:"invitation"`
	WelcomeMessage      string           `json:"welcomeMessage"`
	WelcomeHeader       string           `json:"welcomeHeader"`
	DescriptionTemplate string           `json:"descriptionTemplate"`
	Locale              string           `json:"locale"`
	CNAME               string           `json:"cname" format:"lower"`
}

func NewUpdateTenantSettings() *UpdateTenantSettings {
	return &UpdateTenantSettings{
		Logo: &dto.ImageUpload{},
	}
}

// IsAuthorized returns true if current user is authorized to perform this action
func (action *UpdateTenantSettings) IsAuthorized(ctx context.Context, user *entity.User) bool {
	return user != nil && user.Role == enum.RoleAdministrator
}

// Validate if current model is valid
func (action *UpdateTenantSettings) Validate(ctx context.Context, user *entity.User) *validate.Result {
	result := validate.Success()

	if action.Title == "" {
		result.AddFieldFailure("title", "Title is required.")
	}

	if action.CNAME != "" {
		messages := validate.CNAME(ctx, action.CNAME)
		result.AddFieldFailure("cname", messages...)
	}

	return result
}
