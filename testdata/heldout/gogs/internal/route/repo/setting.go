package repo

import (
	"fmt"

	"example.com/heldout/gogs/internal/database"
	"example.com/heldout/gogs/third_party/macaron"
)

// Context stands for internal/context.Context, reduced to what the handler uses.
type Context struct {
	*macaron.Context
	Repo struct {
		Repository *database.Repository
		Owner      *database.User
		RepoLink   string
		GitRepo    interface{ HasBranch(name string) bool }
	}
	Err      error
	Redirect func(location string)
}

// NotFound renders the 404 page.
func (c *Context) NotFound() {}

// Error renders the 500 page.
func (c *Context) Error(err error, msg string) { c.Err = fmt.Errorf("%s: %w", msg, err) }

// ProtectBranch is internal/form/repo.go ProtectBranch.
type ProtectBranch struct {
	Protected          bool
	RequirePullRequest bool
	EnableWhitelist    bool
	WhitelistUsers     string
	WhitelistTeams     string
}

// SettingsProtectedBranchPost is POST
// /:username/:reponame/settings/branches/:branch.
//
// Reproduces internal/route/repo/setting.go:560: the lookup is
// database.GetProtectBranchOfRepoByName (internal/database/repo_branch.go:113);
// on ErrBranchNotExist a new ProtectBranch with ID 0 is built and
// UpdateOrgProtectBranch (repo_branch.go:212) / UpdateProtectBranch
// (repo_branch.go:146) insert it.
func SettingsProtectedBranchPost(c *Context, f ProtectBranch) {
	branch := c.Params("*")
	if !c.Repo.GitRepo.HasBranch(branch) {
		c.NotFound()
		return
	}

	protectBranch, err := database.GetProtectBranchOfRepoByName(c.Repo.Repository.ID, branch) // race
	if err != nil {
		if !database.IsErrBranchNotExist(err) {
			c.Error(err, "get protect branch of repository by name")
			return
		}

		// No options found, create defaults.
		protectBranch = &database.ProtectBranch{
			RepoID: c.Repo.Repository.ID,
			Name:   branch,
		}
	}

	protectBranch.Protected = f.Protected
	protectBranch.RequirePullRequest = f.RequirePullRequest
	protectBranch.EnableWhitelist = f.EnableWhitelist
	if c.Repo.Owner.IsOrganization() {
		err = database.UpdateOrgProtectBranch(c.Repo.Repository, protectBranch, f.WhitelistUsers, f.WhitelistTeams)
	} else {
		err = database.UpdateProtectBranch(protectBranch)
	}
	if err != nil {
		c.Error(err, "update protect branch")
		return
	}

	c.Redirect(fmt.Sprintf("%s/settings/branches/%s", c.Repo.RepoLink, branch))
}
