// Package scm reproduces the scm.Service interface of go-vela/server
// (scm/service.go, trimmed to the methods the reproduced paths call).
package scm

import (
	"context"
	"net/http"

	api "example.com/heldout/vela/api/types"
	"example.com/heldout/vela/database"
	"example.com/heldout/vela/internal"
)

// Service represents the interface for Vela integrating
// with the different supported scm providers.
type Service interface {
	// Authenticate defines a function that completes
	// the OAuth workflow for the session.
	Authenticate(context.Context, http.ResponseWriter, *http.Request, string) (*api.User, error)
	// Login defines a function that begins
	// the OAuth workflow for the session.
	Login(context.Context, http.ResponseWriter, *http.Request) (string, error)
	// CreateDeployment defines a function that
	// creates a new deployment.
	CreateDeployment(context.Context, *api.User, *api.Repo, *api.Deployment) error
	// ConfigBackoff is a truncated constant backoff wrapper for Config.
	ConfigBackoff(context.Context, *api.User, *api.Repo, string, string) ([]byte, error)
	// Enable defines a function that activates
	// a repo by creating the webhook.
	Enable(context.Context, *api.User, *api.Repo) (*api.Hook, string, error)
	// GetRepo defines a function that retrieves
	// details for a repo.
	GetRepo(context.Context, *api.User, *api.Repo) (*api.Repo, int, error)
	// SyncRepoWithInstallation defines a function that syncs
	// a repo with the installation, if it exists.
	SyncRepoWithInstallation(context.Context, *api.Repo) (*api.Repo, error)
	// ProcessWebhook defines a function that
	// parses the webhook from a repo.
	ProcessWebhook(context.Context, *http.Request) (*internal.Webhook, error)
	// VerifyWebhook defines a function that
	// verifies the webhook from a repo.
	VerifyWebhook(context.Context, *http.Request, []byte) error
	// ProcessInstallation defines a function that
	// processes an installation event.
	ProcessInstallation(context.Context, *http.Request, *internal.Webhook, database.Interface) error
	// FinishInstallation defines a function that
	// finishes an installation event and returns a web redirect.
	FinishInstallation(context.Context, *http.Request, int64) (string, error)
}
