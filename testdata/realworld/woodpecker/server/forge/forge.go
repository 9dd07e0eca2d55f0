package forge

import (
	"context"

	"example.com/realworld/woodpecker/server/forge/types"
	"example.com/realworld/woodpecker/server/model"
	"example.com/realworld/woodpecker/server/store"
	"example.com/realworld/woodpecker/third_party/zerolog/log"
)

// Forge is server/forge/forge.go, reduced to the methods the reproduced
// handlers call.
type Forge interface {
	// Login authenticates the session and returns the
	// forge user details and the URL to redirect to if not authorized yet.
	Login(ctx context.Context, r *types.OAuthRequest) (*model.User, string, error)

	// Repo fetches the repository from the forge, preferred is using the ID, fallback is owner/name.
	Repo(ctx context.Context, u *model.User, remoteID model.ForgeRemoteID, owner, name string) (*model.Repo, error)

	// Repos fetches a list of repos from the forge.
	Repos(ctx context.Context, u *model.User, p *model.ListOptions) ([]*model.Repo, error)

	// Activate activates a repository by creating the post-commit hook.
	Activate(ctx context.Context, u *model.User, r *model.Repo, link string) error

	// BranchHead returns the sha of the head (latest commit) of the specified branch
	BranchHead(ctx context.Context, u *model.User, r *model.Repo, branch string) (*model.Commit, error)

	// Org fetches the organization from the forge by name. If the name is a user an org with type user is returned.
	Org(ctx context.Context, u *model.User, org string) (*model.Org, error)
}

// Refresher is an optional interface for OAuth token refresh support
// (server/forge/refresh.go).
type Refresher interface {
	Refresh(ctx context.Context, u *model.User) (bool, error)
}

// Refresh is server/forge/refresh.go Refresh, reduced (the singleflight
// group is dropped): it only updates the user row.
func Refresh(ctx context.Context, forge Forge, _store store.Store, user *model.User) {
	if refresher, ok := forge.(Refresher); ok {
		userUpdated, err := refresher.Refresh(ctx, user)
		if err != nil {
			log.Error().Err(err).Msgf("refresh oauth token of user '%s' failed", user.Login)
			return
		}
		if userUpdated {
			if err := _store.UpdateUser(user); err != nil {
				log.Error().Err(err).Msg("fail to save user to store after refresh oauth token")
			}
		}
	}
}
