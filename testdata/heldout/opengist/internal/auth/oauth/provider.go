// Package oauth reproduces internal/auth/oauth/provider.go of opengist,
// reduced to the callback-provider interface the sites use (the goth/gothic
// plumbing and the GitHub/GitLab/Gitea/OIDC providers are folded into one
// generic provider that sets the matching *_id column).
package oauth

import (
	"fmt"

	"example.com/heldout/opengist/internal/db"
	"example.com/heldout/opengist/internal/web/context"
	"example.com/heldout/opengist/third_party/goth"
)

const (
	GitHubProviderString = "github"
	GitLabProviderString = "gitlab"
	GiteaProviderString  = "gitea"
	OpenIDConnectString  = "openid-connect"
)

// CallbackProvider reproduces internal/auth/oauth/provider.go:30.
type CallbackProvider interface {
	GetProvider() string
	GetProviderUser() *goth.User
	GetProviderUserSSHKeys() ([]string, error)
	UpdateUserDB(user *db.User)
	IsAdmin() bool
}

// CompleteUserAuth reproduces internal/auth/oauth/provider.go:54 (reduced:
// gothic.CompleteUserAuth is replaced by reading the provider user from the
// request).
func CompleteUserAuth(ctx *context.Context) (CallbackProvider, error) {
	user := goth.User{
		Provider: ctx.Param("provider"),
		UserID:   ctx.QueryParam("user_id"),
		NickName: ctx.QueryParam("nickname"),
		Email:    ctx.QueryParam("email"),
	}
	return newCallbackProvider(&user)
}

// NewCallbackProviderFromSession reproduces internal/auth/oauth/provider.go:76.
func NewCallbackProviderFromSession(provider string, userID string, nickname string, email string, avatarURL string) (CallbackProvider, error) {
	user := &goth.User{
		Provider:  provider,
		UserID:    userID,
		NickName:  nickname,
		Email:     email,
		AvatarURL: avatarURL,
	}
	return newCallbackProvider(user)
}

func newCallbackProvider(user *goth.User) (CallbackProvider, error) {
	switch user.Provider {
	case GitHubProviderString, GitLabProviderString, GiteaProviderString, OpenIDConnectString:
		return &callbackProvider{User: user}, nil
	}
	return nil, fmt.Errorf("unsupported provider %s", user.Provider)
}

type callbackProvider struct {
	User *goth.User
}

func (p *callbackProvider) GetProvider() string         { return p.User.Provider }
func (p *callbackProvider) GetProviderUser() *goth.User { return p.User }
func (p *callbackProvider) IsAdmin() bool               { return false }

func (p *callbackProvider) GetProviderUserSSHKeys() ([]string, error) { return nil, nil }

// UpdateUserDB reproduces the providers' UpdateUserDB (e.g.
// internal/auth/oauth/github.go): it sets the provider id column and avatar.
func (p *callbackProvider) UpdateUserDB(user *db.User) {
	switch p.User.Provider {
	case GitHubProviderString:
		user.GithubID = p.User.UserID
	case GitLabProviderString:
		user.GitlabID = p.User.UserID
	case GiteaProviderString:
		user.GiteaID = p.User.UserID
	case OpenIDConnectString:
		user.OIDCID = p.User.UserID
	}
	user.AvatarURL = p.User.AvatarURL
}
