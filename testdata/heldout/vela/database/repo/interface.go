package repo

import (
	"context"
	api "example.com/heldout/vela/api/types"
)

// RepoInterface reproduces database/repo/interface.go (trimmed to the methods the
// reproduced paths call).
type RepoInterface interface {
	CreateRepoTable(context.Context, string) error
	CreateRepoIndexes(context.Context) error
	CreateRepo(context.Context, *api.Repo) (*api.Repo, error)
	GetRepoForOrg(context.Context, string, string) (*api.Repo, error)
	UpdateRepo(context.Context, *api.Repo) (*api.Repo, error)
	PartialUpdateRepo(context.Context, *api.Repo) error
}
