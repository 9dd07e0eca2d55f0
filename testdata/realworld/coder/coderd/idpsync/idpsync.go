// Package idpsync is coderd/idpsync reduced to organization sync.
package idpsync

import (
	"context"
	"net/http"

	"github.com/google/uuid"

	"example.com/realworld/coder/coderd/database"
	"example.com/realworld/coder/third_party/slog"
)

// IDPSync is the configuration for syncing user information from an external
// IDP (idpsync.go, reduced to organizations).
type IDPSync interface {
	OrganizationSyncSettings(ctx context.Context, db database.Store) (*OrganizationSyncSettings, error)
	ParseOrganizationClaims(ctx context.Context, mergedClaims map[string]interface{}) (OrganizationParams, *HTTPError)
	// SyncOrganizations assigns and removed users from organizations based on the
	// provided params.
	SyncOrganizations(ctx context.Context, tx database.Store, user database.User, params OrganizationParams) error
}

// AGPLIDPSync is the configuration for syncing user information from an
// external IDP. All related code to syncing user information should be in
// this package.
type AGPLIDPSync struct {
	Logger                 slog.Logger
	DeploymentSyncSettings DeploymentSyncSettings
}

// DeploymentSyncSettings are the static sync settings of the deployment.
type DeploymentSyncSettings struct {
	OrganizationField         string
	OrganizationMapping       map[string][]uuid.UUID
	OrganizationAssignDefault bool
}

// HTTPError is a helper struct for returning errors from the IDP sync process.
type HTTPError struct {
	Code                 int
	Msg                  string
	Detail               string
	RenderStaticPage     bool
	RenderDetailMarkdown bool
}

func (e HTTPError) Error() string { return e.Msg }

// Write writes the error to the response.
func (e HTTPError) Write(rw http.ResponseWriter, _ *http.Request) {
	http.Error(rw, e.Msg, e.Code)
}

// IsHTTPError returns the HTTPError if err is one.
func IsHTTPError(err error) *HTTPError {
	switch e := err.(type) {
	case HTTPError:
		return &e
	case *HTTPError:
		return e
	}
	return nil
}

// ParseStringSliceClaim parses the claim for groups and roles, expected []string.
func ParseStringSliceClaim(claim interface{}) ([]string, error) {
	switch v := claim.(type) {
	case []string:
		return v, nil
	case string:
		return []string{v}, nil
	case []interface{}:
		out := make([]string, 0, len(v))
		for _, e := range v {
			if s, ok := e.(string); ok {
				out = append(out, s)
			}
		}
		return out, nil
	}
	return nil, nil
}
