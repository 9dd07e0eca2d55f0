package store

import (
	"context"

	"example.com/realworld/woodpecker/server/model"
)

// Store is server/store/store.go:25, reduced to the methods the reproduced
// sites and their callers use.
type Store interface {
	// Users
	// GetUser gets a user by unique ID.
	GetUser(int64) (*model.User, error)
	// GetUserByRemoteID gets a user by remote ID.
	GetUserByRemoteID(int64, model.ForgeRemoteID) (*model.User, error)
	// GetUserByLogin gets a user by its login name.
	GetUserByLogin(int64, string) (*model.User, error)
	// CreateUser creates a new user account.
	CreateUser(*model.User) error
	// UpdateUser updates a user account.
	UpdateUser(*model.User) error

	// Repos
	// GetRepo gets a repo by unique ID.
	GetRepo(int64) (*model.Repo, error)
	// GetRepoForgeID gets a repo by its forge ID and forge remote ID.
	GetRepoForgeID(int64, model.ForgeRemoteID) (*model.Repo, error)
	// CreateRepo creates a new repository.
	CreateRepo(*model.Repo) error
	// UpdateRepo updates a user repository.
	UpdateRepo(*model.Repo) error

	// Pipelines
	CreatePipeline(*model.Pipeline, ...*model.Step) error
	DeletePipeline(*model.Pipeline) error

	// Permissions
	PermFind(user *model.User, repo *model.Repo) (*model.Perm, error)
	PermUpsert(perm *model.Perm) error
	PermPrune(userID int64, keepRepoIDs []int64) error

	// Configs
	ConfigPersist(*model.Config) (*model.Config, error)
	PipelineConfigCreate(*model.PipelineConfig) error

	// Secrets
	SecretFind(*model.Repo, string) (*model.Secret, error)
	SecretDelete(*model.Secret) error

	// Registries
	RegistryFind(*model.Repo, string) (*model.Registry, error)
	RegistryDelete(*model.Registry) error

	// ServerConfig
	ServerConfigGet(string) (string, error)
	ServerConfigSet(string, string) error

	// Cron
	CronListNextExecute(int64, int64) ([]*model.Cron, error)
	CronGetLock(*model.Cron, int64) (bool, error)

	// Forge
	ForgeCreate(*model.Forge) error
	ForgeGet(int64) (*model.Forge, error)
	ForgeUpdate(*model.Forge) error

	// Org
	OrgCreate(*model.Org) error
	OrgGet(int64) (*model.Org, error)
	OrgFindByName(string, int64) (*model.Org, error)
	OrgUpdate(*model.Org) error

	// Store operations
	Ping() error
	Close() error
	Migrate(context.Context, bool) error
}
