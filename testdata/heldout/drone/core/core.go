// Package core is a trimmed copy of github.com/drone/drone/core: the
// types and store/service interfaces used by the reproduced sites.
package core

import (
	"context"
	"errors"
	"io"
)

// ErrRepoLimit is returned when attempting to create a new
// repository above the license limit.
var ErrRepoLimit = errors.New("Repository limit exceeded")

// Event types.
const (
	EventPush        = "push"
	EventPullRequest = "pull_request"
	EventPromote     = "promote"
	EventRollback    = "rollback"
	EventCron        = "cron"
	TriggerCron      = "@cron"
	StatusPending    = "pending"
)

type (
	// User represents a user of the system.
	User struct {
		ID        int64  `json:"id"`
		Login     string `json:"login"`
		Email     string `json:"email"`
		Machine   bool   `json:"machine"`
		Admin     bool   `json:"admin"`
		Active    bool   `json:"active"`
		Avatar    string `json:"avatar"`
		Syncing   bool   `json:"syncing"`
		Synced    int64  `json:"synced"`
		Created   int64  `json:"created"`
		Updated   int64  `json:"updated"`
		LastLogin int64  `json:"last_login"`
		Token     string `json:"-"`
		Refresh   string `json:"-"`
		Expiry    int64  `json:"-"`
		Hash      string `json:"-"`
	}

	// Repository represents a source code repository.
	Repository struct {
		ID        int64  `json:"id"`
		UID       string `json:"uid"`
		UserID    int64  `json:"user_id"`
		Namespace string `json:"namespace"`
		Name      string `json:"name"`
		Slug      string `json:"slug"`
		SCM       string `json:"scm"`
		HTTPURL   string `json:"git_http_url"`
		SSHURL    string `json:"git_ssh_url"`
		Link      string `json:"link"`
		Branch    string `json:"default_branch"`
		Private   bool   `json:"private"`
		Archived  bool   `json:"archived"`
		Active    bool   `json:"active"`
		Config    string `json:"config_path"`
		Timeout   int64  `json:"timeout"`
		Counter   int64  `json:"counter"`
		Synced    int64  `json:"synced"`
		Created   int64  `json:"created"`
		Updated   int64  `json:"updated"`
		Version   int64  `json:"version"`
		Signer    string `json:"-"`
		Secret    string `json:"-"`
	}

	// Perm represents an individuals repository permission.
	Perm struct {
		UserID  int64  `db:"perm_user_id"  json:"-"`
		RepoUID string `db:"perm_repo_uid" json:"-"`
		Read    bool   `db:"perm_read"     json:"read"`
		Write   bool   `db:"perm_write"    json:"write"`
		Admin   bool   `db:"perm_admin"    json:"admin"`
		Synced  int64  `db:"perm_synced"   json:"-"`
		Created int64  `db:"perm_created"  json:"-"`
		Updated int64  `db:"perm_updated"  json:"-"`
	}

	// Batch represents a Batch request to synchronize the local
	// repository and permission store for a user account.
	Batch struct {
		Insert []*Repository `json:"insert"`
		Update []*Repository `json:"update"`
		Rename []*Repository `json:"rename"`
		Revoke []*Repository `json:"revoke"`
	}

	// Build represents a build execution.
	Build struct {
		ID      int64  `json:"id"`
		RepoID  int64  `json:"repo_id"`
		Trigger string `json:"trigger"`
		Number  int64  `json:"number"`
		Status  string `json:"status"`
		Event   string `json:"event"`
		Ref     string `json:"ref"`
		Target  string `json:"target"`
		Deploy  string `json:"deploy_to,omitempty"`
		After   string `json:"after"`
		Created int64  `json:"created"`
		Updated int64  `json:"updated"`
		Version int64  `json:"version"`
	}

	// Stage represents a stage of build execution.
	Stage struct {
		ID      int64  `json:"id"`
		RepoID  int64  `json:"repo_id"`
		BuildID int64  `json:"build_id"`
		Number  int    `json:"number"`
		Name    string `json:"name"`
		Status  string `json:"status"`
		Version int64  `json:"version"`
	}

	// Step represents an individual step in the stage.
	Step struct {
		ID      int64  `json:"id"`
		StageID int64  `json:"step_id"`
		Number  int    `json:"number"`
		Name    string `json:"name"`
		Schema  string `json:"schema,omitempty"`
	}

	// CardInput represents a card input.
	CardInput struct {
		Schema string `json:"schema"`
		Data   []byte `json:"data"`
	}

	// Cron defines a cron job.
	Cron struct {
		ID       int64  `json:"id"`
		RepoID   int64  `json:"repo_id"`
		Name     string `json:"name"`
		Expr     string `json:"expr"`
		Next     int64  `json:"next"`
		Prev     int64  `json:"prev"`
		Event    string `json:"event"`
		Branch   string `json:"branch"`
		Target   string `json:"target,omitempty"`
		Disabled bool   `json:"disabled"`
		Created  int64  `json:"created"`
		Updated  int64  `json:"updated"`
		Version  int64  `json:"version"`
	}

	// Secret represents a secret variable.
	Secret struct {
		ID              int64  `json:"id,omitempty"`
		RepoID          int64  `json:"repo_id,omitempty"`
		Namespace       string `json:"namespace,omitempty"`
		Name            string `json:"name,omitempty"`
		Data            string `json:"data,omitempty"`
		PullRequest     bool   `json:"pull_request,omitempty"`
		PullRequestPush bool   `json:"pull_request_push,omitempty"`
	}

	// Template represents a template.
	Template struct {
		Id        int64  `json:"id,omitempty"`
		Name      string `json:"name,omitempty"`
		Namespace string `json:"namespace,omitempty"`
		Data      string `json:"data,omitempty"`
		Created   int64  `json:"created,omitempty"`
		Updated   int64  `json:"updated,omitempty"`
	}

	// Hook represents the payload of a post-commit hook.
	Hook struct {
		Trigger string `json:"trigger"`
		Event   string `json:"event"`
		Ref     string `json:"ref"`
		After   string `json:"after"`
		Target  string `json:"target"`
		Cron    string `json:"cron"`
	}

	// Account represents a remote user account.
	Account struct {
		Login  string
		Email  string
		Avatar string
	}

	// RepositoryPerm represents remote repository permissions.
	RepositoryPerm struct {
		Read  bool
		Write bool
		Admin bool
	}
)

// UserStore defines operations for working with users.
type UserStore interface {
	Find(context.Context, int64) (*User, error)
	FindLogin(context.Context, string) (*User, error)
	Create(context.Context, *User) error
	Update(context.Context, *User) error
}

// RepositoryStore defines operations for working with repositories.
type RepositoryStore interface {
	List(context.Context, int64) ([]*Repository, error)
	Find(context.Context, int64) (*Repository, error)
	FindName(context.Context, string, string) (*Repository, error)
	Activate(context.Context, *Repository) error
	Update(context.Context, *Repository) error
	Increment(context.Context, *Repository) (*Repository, error)
}

// PermStore defines operations for working with repository permissions.
type PermStore interface {
	Find(ctx context.Context, repoUID string, userID int64) (*Perm, error)
	Update(context.Context, *Perm) error
}

// Batcher batch updates the user account.
type Batcher interface {
	Batch(context.Context, *User, *Batch) error
}

// BuildStore defines operations for working with builds.
type BuildStore interface {
	FindNumber(context.Context, int64, int64) (*Build, error)
	Create(context.Context, *Build, []*Stage) error
}

// StageStore persists build stage information to storage.
type StageStore interface {
	FindNumber(context.Context, int64, int) (*Stage, error)
}

// StepStore persists build step information to storage.
type StepStore interface {
	FindNumber(context.Context, int64, int) (*Step, error)
	Update(context.Context, *Step) error
}

// CardStore manages repository cards.
type CardStore interface {
	Create(ctx context.Context, step int64, r io.Reader) error
}

// CronStore persists cron information to storage.
type CronStore interface {
	Ready(context.Context, int64) ([]*Cron, error)
	Update(context.Context, *Cron) error
}

// SecretStore manages repository secrets.
type SecretStore interface {
	FindName(context.Context, int64, string) (*Secret, error)
	Update(context.Context, *Secret) error
}

// TemplateStore manages templates.
type TemplateStore interface {
	FindName(ctx context.Context, name string, namespace string) (*Template, error)
	Update(context.Context, *Template) error
}

// Triggerer is responsible for triggering a Build from an
// incoming drone.
type Triggerer interface {
	Trigger(context.Context, *Repository, *Hook) (*Build, error)
}

// RepositoryService provides access to repository information
// in the remote source code management system (e.g. GitHub).
type RepositoryService interface {
	List(context.Context, *User) ([]*Repository, error)
	FindPerm(ctx context.Context, user *User, repo string) (*RepositoryPerm, error)
}

// UserService provides access to user account resources in the
// remote system (e.g. GitHub).
type UserService interface {
	Find(ctx context.Context, access, refresh string) (*User, error)
}

// AdmissionService grants access to the system.
type AdmissionService interface {
	Admit(context.Context, *User) error
}

// HookService manages post-commit hooks in the external
// source code management service (e.g. GitHub).
type HookService interface {
	Create(ctx context.Context, user *User, repo *Repository) error
}

// Syncer synchronizes the account repository list.
type Syncer interface {
	Sync(context.Context, *User) (*Batch, error)
}
