// Package repos is a trimmed copy of github.com/drone/drone/store/repos
// (repos.go and scan.go; column lists shortened, WHERE clauses as upstream).
package repos

import (
	"context"
	"database/sql"

	"example.com/heldout/drone/core"
	"example.com/heldout/drone/store/shared/db"
)

// New returns a new RepositoryStore.
func New(db *db.DB) core.RepositoryStore {
	return &repoStore{db}
}

type repoStore struct {
	db *db.DB
}

func (s *repoStore) List(ctx context.Context, id int64) ([]*core.Repository, error) {
	var out []*core.Repository
	err := s.db.View(func(queryer db.Queryer, binder db.Binder) error {
		params := map[string]interface{}{"user_id": id}
		query, args, err := binder.BindNamed(queryPerms, params)
		if err != nil {
			return err
		}
		rows, err := queryer.Query(query, args...)
		if err != nil {
			return err
		}
		out, err = scanRows(rows)
		return err
	})
	return out, err
}

func (s *repoStore) Find(ctx context.Context, id int64) (*core.Repository, error) {
	out := &core.Repository{ID: id}
	err := s.db.View(func(queryer db.Queryer, binder db.Binder) error {
		params := ToParams(out)
		query, args, err := binder.BindNamed(queryKey, params)
		if err != nil {
			return err
		}
		row := queryer.QueryRow(query, args...)
		return scanRow(row, out)
	})
	return out, err
}

func (s *repoStore) FindName(ctx context.Context, namespace, name string) (*core.Repository, error) {
	out := &core.Repository{Slug: namespace + "/" + name}
	err := s.db.View(func(queryer db.Queryer, binder db.Binder) error {
		params := ToParams(out)
		query, args, err := binder.BindNamed(querySlug, params)
		if err != nil {
			return err
		}
		row := queryer.QueryRow(query, args...)
		return scanRow(row, out)
	})
	return out, err
}

func (s *repoStore) Activate(ctx context.Context, repo *core.Repository) error {
	return s.Update(ctx, repo)
}

func (s *repoStore) Update(ctx context.Context, repo *core.Repository) error {
	versionNew := repo.Version + 1
	versionOld := repo.Version
	err := s.db.Lock(func(execer db.Execer, binder db.Binder) error {
		params := ToParams(repo)
		params["repo_version_old"] = versionOld
		params["repo_version_new"] = versionNew
		stmt, args, err := binder.BindNamed(stmtUpdate, params)
		if err != nil {
			return err
		}
		res, err := execer.Exec(stmt, args...)
		if err != nil {
			return err
		}
		effected, err := res.RowsAffected()
		if err != nil {
			return err
		}
		if effected == 0 {
			return db.ErrOptimisticLock
		}
		return nil
	})
	if err == nil {
		repo.Version = versionNew
	}
	return err
}

func (s *repoStore) Increment(ctx context.Context, repo *core.Repository) (*core.Repository, error) {
	for {
		repo.Counter++
		err := s.Update(ctx, repo)
		if err == nil {
			return repo, nil
		}
		if err != nil && err != db.ErrOptimisticLock {
			return repo, err
		}
		repo, err = s.Find(ctx, repo.ID)
		if err != nil {
			return nil, err
		}
	}
}

// ToParams converts the Repository structure to a set
// of named query parameters.
func ToParams(v *core.Repository) map[string]interface{} {
	return map[string]interface{}{
		"repo_id":         v.ID,
		"repo_uid":        v.UID,
		"repo_user_id":    v.UserID,
		"repo_namespace":  v.Namespace,
		"repo_name":       v.Name,
		"repo_slug":       v.Slug,
		"repo_scm":        v.SCM,
		"repo_clone_url":  v.HTTPURL,
		"repo_ssh_url":    v.SSHURL,
		"repo_html_url":   v.Link,
		"repo_active":     v.Active,
		"repo_private":    v.Private,
		"repo_branch":     v.Branch,
		"repo_counter":    v.Counter,
		"repo_config":     v.Config,
		"repo_timeout":    v.Timeout,
		"repo_synced":     v.Synced,
		"repo_created":    v.Created,
		"repo_updated":    v.Updated,
		"repo_version":    v.Version,
		"repo_signer":     v.Signer,
		"repo_secret":     v.Secret,
		"repo_visibility": "",
	}
}

func scanRow(scanner db.Scanner, dest *core.Repository) error {
	return scanner.Scan(
		&dest.ID,
		&dest.UID,
		&dest.UserID,
		&dest.Namespace,
		&dest.Name,
		&dest.Slug,
		&dest.Active,
		&dest.Branch,
		&dest.Counter,
		&dest.Config,
		&dest.Timeout,
		&dest.Synced,
		&dest.Created,
		&dest.Updated,
		&dest.Version,
		&dest.Signer,
		&dest.Secret,
	)
}

func scanRows(rows *sql.Rows) ([]*core.Repository, error) {
	defer rows.Close()

	repos := []*core.Repository{}
	for rows.Next() {
		repo := new(core.Repository)
		err := scanRow(rows, repo)
		if err != nil {
			return nil, err
		}
		repos = append(repos, repo)
	}
	return repos, nil
}

const queryCols = `
SELECT
 repo_id
,repo_uid
,repo_user_id
,repo_namespace
,repo_name
,repo_slug
,repo_active
,repo_branch
,repo_counter
,repo_config
,repo_timeout
,repo_synced
,repo_created
,repo_updated
,repo_version
,repo_signer
,repo_secret
`

const queryKey = queryCols + `
FROM repos
WHERE repo_id = :repo_id
`

const querySlug = queryCols + `
FROM repos
WHERE repo_slug = :repo_slug
`

const queryPerms = queryCols + `
FROM repos
INNER JOIN perms ON perms.perm_repo_uid = repos.repo_uid
WHERE perms.perm_user_id = :user_id
ORDER BY repo_slug ASC
`

const stmtUpdate = `
UPDATE repos SET
 repo_user_id = :repo_user_id
,repo_namespace = :repo_namespace
,repo_name = :repo_name
,repo_slug = :repo_slug
,repo_active = :repo_active
,repo_config = :repo_config
,repo_timeout = :repo_timeout
,repo_counter = :repo_counter
,repo_synced = :repo_synced
,repo_created = :repo_created
,repo_updated = :repo_updated
,repo_version = :repo_version_new
,repo_signer = :repo_signer
,repo_secret = :repo_secret
WHERE repo_id = :repo_id
  AND repo_version = :repo_version_old
`
