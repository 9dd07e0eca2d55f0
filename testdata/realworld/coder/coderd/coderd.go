// Package coderd reproduces the coderd HTTP handlers of the catalogued sites.
package coderd

import (
	"context"
	"net/http"

	"example.com/realworld/coder/coderd/database"
	"example.com/realworld/coder/coderd/idpsync"
	"example.com/realworld/coder/third_party/github"
	"example.com/realworld/coder/third_party/oidc"
	"example.com/realworld/coder/third_party/slog"
)

// Options are the coderd options the reproduced handlers use (coderd.go).
type Options struct {
	// Database is dbauthz.New(sqlQuerier, authorizer): every call goes
	// through the dbauthz wrapper.
	Database           database.Store
	Logger             slog.Logger
	IDPSync            idpsync.IDPSync
	GithubOAuth2Config *GithubOAuth2Config
	OIDCConfig         *OIDCConfig
	// TrialGenerator generates a trial license for the first user.
	TrialGenerator func(ctx context.Context, email string) error
}

// API is the coderd API (coderd.go, reduced).
type API struct {
	*Options
}

// GithubOAuth2Config enables GitHub OAuth2 (userauth.go, reduced).
type GithubOAuth2Config struct {
	AllowSignups      bool
	AllowEveryone     bool
	AuthenticatedUser func(ctx context.Context, client *http.Client) (*github.User, error)
	ListEmails        func(ctx context.Context, client *http.Client) ([]*github.UserEmail, error)
}

// OIDCConfig is the OIDC configuration (userauth.go, reduced).
type OIDCConfig struct {
	Verifier      *oidc.IDTokenVerifier
	AllowSignups  bool
	UsernameField string
	EmailField    string
}
