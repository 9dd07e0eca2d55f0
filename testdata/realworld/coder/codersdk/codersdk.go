// Package codersdk is codersdk reduced to the request/response types the
// catalogued handlers use.
package codersdk

import (
	"regexp"
	"strings"

	"github.com/google/uuid"

	"example.com/realworld/coder/third_party/xerrors"
)

// DefaultOrganization is the reserved name of the default organization.
const DefaultOrganization = "default"

// Response is codersdk.Response.
type Response struct {
	Message     string            `json:"message"`
	Detail      string            `json:"detail,omitempty"`
	Validations []ValidationError `json:"validations,omitempty"`
}

// ValidationError is codersdk.ValidationError.
type ValidationError struct {
	Field  string `json:"field"`
	Detail string `json:"detail"`
}

func (e ValidationError) Error() string { return e.Field + ": " + e.Detail }

type LoginType string

const (
	LoginTypePassword LoginType = "password"
	LoginTypeGithub   LoginType = "github"
	LoginTypeOIDC     LoginType = "oidc"
	LoginTypeNone     LoginType = "none"
)

type UserStatus string

const UserStatusActive UserStatus = "active"

// CreateFirstUserRequest is the body of POST /users/first.
type CreateFirstUserRequest struct {
	Email    string `json:"email"`
	Username string `json:"username"`
	Password string `json:"password"`
	Trial    bool   `json:"trial"`
}

// CreateFirstUserResponse is the response of POST /users/first.
type CreateFirstUserResponse struct {
	UserID         uuid.UUID `json:"user_id"`
	OrganizationID uuid.UUID `json:"organization_id"`
}

// CreateUserRequest is the body of POST /users (single organization form,
// as read at the users.go commit).
type CreateUserRequest struct {
	Email          string    `json:"email"`
	Username       string    `json:"username"`
	Password       string    `json:"password"`
	UserLoginType  LoginType `json:"login_type"`
	DisableLogin   bool      `json:"disable_login"`
	OrganizationID uuid.UUID `json:"organization_id"`
}

// CreateUserRequestWithOrgs is the multi-organization form used by the
// newer callers (userauth.go, scim.go).
type CreateUserRequestWithOrgs struct {
	Email           string      `json:"email"`
	Username        string      `json:"username"`
	Name            string      `json:"name"`
	Password        string      `json:"password"`
	UserLoginType   LoginType   `json:"login_type"`
	UserStatus      *UserStatus `json:"user_status"`
	OrganizationIDs []uuid.UUID `json:"organization_ids"`
}

// User is codersdk.User (reduced).
type User struct {
	ID       uuid.UUID `json:"id"`
	Username string    `json:"username"`
	Email    string    `json:"email"`
}

// UploadResponse is the response of POST /files.
type UploadResponse struct {
	ID uuid.UUID `json:"hash"`
}

// ExternalAuthDeviceExchange is the body of POST /externalauth/{id}/device.
type ExternalAuthDeviceExchange struct {
	DeviceCode string `json:"device_code"`
}

// CreateTemplateRequest is the body of POST /organizations/{org}/templates.
type CreateTemplateRequest struct {
	Name                         string    `json:"name"`
	DisplayName                  string    `json:"display_name,omitempty"`
	Description                  string    `json:"description,omitempty"`
	Icon                         string    `json:"icon,omitempty"`
	VersionID                    uuid.UUID `json:"template_version_id"`
	AllowUserCancelWorkspaceJobs *bool     `json:"allow_user_cancel_workspace_jobs"`
	DisableEveryoneGroupAccess   bool      `json:"disable_everyone_group_access"`
}

// Template is codersdk.Template (reduced).
type Template struct {
	ID   uuid.UUID `json:"id"`
	Name string    `json:"name"`
}

// CreateWorkspaceRequest is the body of POST .../workspaces.
type CreateWorkspaceRequest struct {
	TemplateID        uuid.UUID `json:"template_id,omitempty"`
	TemplateVersionID uuid.UUID `json:"template_version_id,omitempty"`
	Name              string    `json:"name"`
	AutostartSchedule *string   `json:"autostart_schedule"`
	TTLMillis         *int64    `json:"ttl_ms,omitempty"`
}

// CreateOrganizationRequest is the body of POST /organizations.
type CreateOrganizationRequest struct {
	Name        string `json:"name"`
	DisplayName string `json:"display_name,omitempty"`
	Description string `json:"description,omitempty"`
	Icon        string `json:"icon,omitempty"`
}

// PatchTemplateVersionRequest is the body of PATCH /templateversions/{id}.
type PatchTemplateVersionRequest struct {
	Name    string  `json:"name"`
	Message *string `json:"message,omitempty"`
}

var (
	usernameValid   = regexp.MustCompile("^[a-zA-Z0-9]+(?:-[a-zA-Z0-9]+)*$")
	usernameReplace = regexp.MustCompile("[^a-zA-Z0-9-]*")
)

// NameValid returns whether the input string is a valid name.
func NameValid(str string) error {
	if len(str) > 32 {
		return xerrors.New("must be <= 32 characters")
	}
	if len(str) < 1 {
		return xerrors.New("must be >= 1 character")
	}
	if !usernameValid.MatchString(str) {
		return xerrors.New("must be alphanumeric with hyphens")
	}
	return nil
}

// UsernameFrom returns a best-effort username from the provided string.
func UsernameFrom(str string) string {
	if NameValid(str) == nil {
		return str
	}
	if i := strings.Index(str, "@"); i >= 0 {
		str = str[:i]
	}
	return usernameReplace.ReplaceAllString(str, "")
}
