package database

import (
	"context"
	"os"
	"path/filepath"
	"strings"

	"xorm.io/xorm"

	"example.com/heldout/gogs/internal/conf"
	"example.com/heldout/gogs/internal/dbx"
	"example.com/heldout/gogs/internal/errx"
	"example.com/heldout/gogs/internal/osx"
	"example.com/heldout/gogs/third_party/errors"
)

// Repository contains information of a repository
// (internal/database/repo.go:169, reduced).
type Repository struct {
	ID            int64  `gorm:"primaryKey"`
	OwnerID       int64  `xorm:"UNIQUE(s)" gorm:"uniqueIndex:repo_owner_name_unique"`
	Owner         *User  `xorm:"-" gorm:"-" json:"-"`
	LowerName     string `xorm:"UNIQUE(s) INDEX NOT NULL" gorm:"uniqueIndex:repo_owner_name_unique;index;not null"`
	Name          string `xorm:"INDEX NOT NULL" gorm:"index;not null"`
	Description   string `xorm:"VARCHAR(512)" gorm:"type:VARCHAR(512)"`
	DefaultBranch string

	NumWatches int
	NumStars   int
	NumForks   int

	IsPrivate  bool `xorm:"NOT NULL DEFAULT false" gorm:"not null;default:FALSE"`
	IsUnlisted bool `xorm:"NOT NULL DEFAULT false" gorm:"not null;default:FALSE"`
	IsBare     bool
	IsMirror   bool

	EnableWiki   bool `xorm:"NOT NULL DEFAULT true" gorm:"not null;default:TRUE"`
	EnableIssues bool `xorm:"NOT NULL DEFAULT true" gorm:"not null;default:TRUE"`
	EnablePulls  bool `xorm:"NOT NULL DEFAULT true" gorm:"not null;default:TRUE"`

	IsFork bool  `xorm:"NOT NULL DEFAULT false" gorm:"not null;default:FALSE"`
	ForkID int64 `xorm:"INDEX" gorm:"index"`
}

// RepoPath returns repository path by given user and repository name.
func RepoPath(userName, repoName string) string {
	return filepath.Join(conf.Repository.Root, strings.ToLower(userName), strings.ToLower(repoName)+".git")
}

var (
	reservedRepoNames = map[string]struct{}{
		".":  {},
		"..": {},
	}
	reservedRepoPatterns = []string{
		"*.git",
		"*.wiki",
	}
)

// isRepoNameAllowed return an error if given name is a reserved name or pattern for repositories.
func isRepoNameAllowed(name string) error {
	return isNameAllowed(reservedRepoNames, reservedRepoPatterns, name)
}

// isRepositoryExist is internal/database/repo.go:734.
func isRepositoryExist(e Engine, u *User, repoName string) (bool, error) {
	has, err := e.Get(&Repository{
		OwnerID:   u.ID,
		LowerName: strings.ToLower(repoName),
	})
	return has && osx.IsDir(RepoPath(u.Name, repoName)), err
}

// IsRepositoryExist returns true if the repository with given name under user has already existed.
func IsRepositoryExist(u *User, repoName string) (bool, error) {
	return isRepositoryExist(x, u, repoName)
}

// createRepository is internal/database/repo.go:1140 (the access
// recalculation and the "create repo" action feed are dropped). Callers:
// CreateRepository (POST /repo/create -> route/repo/repo.go:119 CreatePost; POST
// /api/v1/user/repos -> route/api/v1/repo_repo.go:171; MigrateRepository) and
// ForkRepository (POST /repo/fork/:repoid -> route/repo/pull.go:136 ForkPost).
func createRepository(e *xorm.Session, doer, owner *User, repo *Repository) (err error) {
	if err = isRepoNameAllowed(repo.Name); err != nil {
		return err
	}

	has, err := isRepositoryExist(e, owner, repo.Name) // race
	if err != nil {
		return errors.Newf("IsRepositoryExist: %v", err)
	} else if has {
		return ErrRepoAlreadyExist{args: errx.Args{"ownerID": owner.ID, "name": repo.Name}}
	}

	if _, err = e.Insert(repo); err != nil {
		return err
	}

	_, err = e.Exec(dbx.Quote("UPDATE %s SET num_repos = num_repos + 1 WHERE id = ?", "user"), owner.ID)
	if err != nil {
		return errors.Wrap(err, "increase owned repository count")
	}

	// Give access to all members in owner team.
	if owner.IsOrganization() {
		t, err := owner.getOwnerTeam(e)
		if err != nil {
			return errors.Newf("getOwnerTeam: %v", err)
		} else if err = t.addRepository(e, repo); err != nil {
			return errors.Newf("addRepository: %v", err)
		}
	}

	if err = watchRepo(e, owner.ID, repo.ID, true); err != nil {
		return errors.Newf("watchRepo: %v", err)
	}
	return nil
}

type ErrReachLimitOfRepo struct {
	Limit int
}

func (err ErrReachLimitOfRepo) Error() string {
	return "user has reached maximum limit of repositories"
}

// CreateRepoOptionsLegacy is internal/database/repo.go CreateRepoOptionsLegacy, reduced.
type CreateRepoOptionsLegacy struct {
	Name        string
	Description string
	IsPrivate   bool
	IsUnlisted  bool
	IsMirror    bool
}

// CreateRepository creates a repository for given user or organization.
//
// Reproduces internal/database/repo.go:1221 (the git initialisation between
// createRepository and Commit is dropped).
func CreateRepository(doer, owner *User, opts CreateRepoOptionsLegacy) (_ *Repository, err error) {
	repoPath := RepoPath(owner.Name, opts.Name)
	if osx.Exist(repoPath) {
		return nil, errors.Errorf("repository directory already exists: %s", repoPath)
	}
	if !owner.canCreateRepo() {
		return nil, ErrReachLimitOfRepo{Limit: owner.maxNumRepos()}
	}

	repo := &Repository{
		OwnerID:      owner.ID,
		Owner:        owner,
		Name:         opts.Name,
		LowerName:    strings.ToLower(opts.Name),
		Description:  opts.Description,
		IsPrivate:    opts.IsPrivate,
		IsUnlisted:   opts.IsUnlisted,
		EnableWiki:   true,
		EnableIssues: true,
		EnablePulls:  true,
	}

	sess := x.NewSession()
	defer sess.Close()
	if err = sess.Begin(); err != nil {
		return nil, err
	}

	if err = createRepository(sess, doer, owner, repo); err != nil {
		return nil, err
	}

	return repo, sess.Commit()
}

// ForkRepository creates a fork of target repository under another user domain.
//
// Reproduces internal/database/repo.go:2552 (the git clone between the
// update and Commit is dropped).
func ForkRepository(doer, owner *User, baseRepo *Repository, name, desc string) (_ *Repository, err error) {
	if !owner.canCreateRepo() {
		return nil, ErrReachLimitOfRepo{Limit: owner.maxNumRepos()}
	}

	repo := &Repository{
		OwnerID:       owner.ID,
		Owner:         owner,
		Name:          name,
		LowerName:     strings.ToLower(name),
		Description:   desc,
		DefaultBranch: baseRepo.DefaultBranch,
		IsPrivate:     baseRepo.IsPrivate,
		IsUnlisted:    baseRepo.IsUnlisted,
		IsFork:        true,
		ForkID:        baseRepo.ID,
	}

	sess := x.NewSession()
	defer sess.Close()
	if err = sess.Begin(); err != nil {
		return nil, err
	}

	if err = createRepository(sess, doer, owner, repo); err != nil {
		return nil, err
	} else if _, err = sess.Exec("UPDATE `repository` SET num_forks=num_forks+1 WHERE id=?", baseRepo.ID); err != nil {
		return nil, err
	}

	if err = sess.Commit(); err != nil {
		return nil, errors.Newf("commit: %v", err)
	}
	return repo, nil
}

// TransferOwnership transfers all corresponding setting from old user to new one.
//
// Reproduces internal/database/repo.go:1368 (the access, team and directory
// changes inside the transaction are reduced to the owner update).
func TransferOwnership(doer *User, newOwnerName string, repo *Repository) error {
	newOwner, err := Handle.Users().GetByUsername(context.TODO(), newOwnerName)
	if err != nil {
		return errors.Newf("get new owner '%s': %v", newOwnerName, err)
	}

	// Check if new owner has repository with same name.
	has, err := IsRepositoryExist(newOwner, repo.Name) // safe: guards an UPDATE of repository.owner_id (no insert); repository (owner_id, lower_name) is UNIQUE(s), so a concurrent conflicting move fails on the key
	if err != nil {
		return errors.Newf("IsRepositoryExist: %v", err)
	} else if has {
		return ErrRepoAlreadyExist{args: errx.Args{"ownerName": newOwnerName, "name": repo.Name}}
	}

	sess := x.NewSession()
	defer sess.Close()
	if err = sess.Begin(); err != nil {
		return errors.Newf("sess.Begin: %v", err)
	}

	repo.OwnerID = newOwner.ID
	repo.Owner = newOwner

	// Update repository.
	if _, err := sess.ID(repo.ID).Update(repo); err != nil {
		return errors.Newf("update owner: %v", err)
	}

	return sess.Commit()
}

// ChangeRepositoryName changes all corresponding setting from old repository name to new one.
//
// Reproduces internal/database/repo.go:1519 (the wiki rename and local-copy
// clean-up are dropped). The database row is renamed afterwards by the caller
// (route/repo/setting.go SettingsPost -> UpdateRepository), an UPDATE.
func ChangeRepositoryName(u *User, oldRepoName, newRepoName string) (err error) {
	oldRepoName = strings.ToLower(oldRepoName)
	newRepoName = strings.ToLower(newRepoName)
	if err = isRepoNameAllowed(newRepoName); err != nil {
		return err
	}

	has, err := IsRepositoryExist(u, newRepoName) // safe: guards a directory rename and the caller's UPDATE of the repository name (no insert); repository (owner_id, lower_name) is UNIQUE(s)
	if err != nil {
		return errors.Newf("IsRepositoryExist: %v", err)
	} else if has {
		return ErrRepoAlreadyExist{args: errx.Args{"ownerID": u.ID, "name": newRepoName}}
	}

	repo := &Repository{OwnerID: u.ID, LowerName: oldRepoName}
	has, err = x.Get(repo)
	if err != nil {
		return errors.Newf("GetRepositoryByName: %v", err)
	} else if !has {
		return ErrRepoNotExist{args: errx.Args{"ownerID": u.ID, "name": oldRepoName}}
	}

	// Change repository directory name
	if err = os.Rename(RepoPath(u.Name, repo.Name), RepoPath(u.Name, newRepoName)); err != nil {
		return errors.Newf("rename repository directory: %v", err)
	}
	return nil
}

// Watch is connection request for receiving repository notification
// (internal/database/repo.go:2356).
type Watch struct {
	ID     int64 `gorm:"primaryKey"`
	UserID int64 `xorm:"UNIQUE(watch)" gorm:"uniqueIndex:watch_user_repo_unique;not null"`
	RepoID int64 `xorm:"UNIQUE(watch)" gorm:"uniqueIndex:watch_user_repo_unique;not null"`
}

// isWatching is internal/database/repo.go:2362.
func isWatching(e Engine, userID, repoID int64) bool {
	if userID <= 0 {
		return false
	}
	has, _ := e.Get(&Watch{0, userID, repoID})
	return has
}

// IsWatching checks if user has watched given repository.
func IsWatching(userID, repoID int64) bool {
	return isWatching(x, userID, repoID)
}

// watchRepo is internal/database/repo.go:2375. Callers: WatchRepo (GET
// /:username/:reponame/action/watch -> route/repo/repo.go:239 Action),
// createRepository, Team.addRepository (for every team member).
func watchRepo(e Engine, userID, repoID int64, watch bool) (err error) {
	if watch {
		if isWatching(e, userID, repoID) { // race
			return nil
		}
		if _, err = e.Insert(&Watch{RepoID: repoID, UserID: userID}); err != nil {
			return err
		}
		_, err = e.Exec("UPDATE `repository` SET num_watches = num_watches + 1 WHERE id = ?", repoID)
	} else {
		if !isWatching(e, userID, repoID) { // safe: guards a delete only
			return nil
		}
		if _, err = e.Delete(&Watch{0, userID, repoID}); err != nil {
			return err
		}
		_, err = e.Exec("UPDATE `repository` SET num_watches = num_watches - 1 WHERE id = ?", repoID)
	}
	return err
}

// Watch or unwatch repository.
//
// Deprecated: Use Watches.Watch instead.
func WatchRepo(userID, repoID int64, watch bool) (err error) {
	return watchRepo(x, userID, repoID, watch)
}

// Star is internal/database/repo.go:2477.
type Star struct {
	ID     int64 `gorm:"primaryKey"`
	UserID int64 `xorm:"uid UNIQUE(s)" gorm:"column:uid;uniqueIndex:star_user_repo_unique;not null"`
	RepoID int64 `xorm:"UNIQUE(s)" gorm:"uniqueIndex:star_user_repo_unique;not null"`
}

// Star or unstar repository.
//
// Deprecated: Use Stars.Star instead.
//
// Reproduces internal/database/repo.go:2486 (caller: GET
// /:username/:reponame/action/star -> route/repo/repo.go:249 Action).
func StarRepo(userID, repoID int64, star bool) (err error) {
	if star {
		if IsStarring(userID, repoID) { // race
			return nil
		}
		if _, err = x.Insert(&Star{UserID: userID, RepoID: repoID}); err != nil {
			return err
		} else if _, err = x.Exec("UPDATE `repository` SET num_stars = num_stars + 1 WHERE id = ?", repoID); err != nil {
			return err
		}
		_, err = x.Exec("UPDATE `user` SET num_stars = num_stars + 1 WHERE id = ?", userID)
	} else {
		if !IsStarring(userID, repoID) { // safe: guards a delete only
			return nil
		}
		if _, err = x.Delete(&Star{0, userID, repoID}); err != nil {
			return err
		} else if _, err = x.Exec("UPDATE `repository` SET num_stars = num_stars - 1 WHERE id = ?", repoID); err != nil {
			return err
		}
		_, err = x.Exec("UPDATE `user` SET num_stars = num_stars - 1 WHERE id = ?", userID)
	}
	return err
}

// IsStarring checks if user has starred given repository
// (internal/database/repo.go:2512).
func IsStarring(userID, repoID int64) bool {
	if userID <= 0 {
		return false
	}
	has, _ := x.Get(&Star{0, userID, repoID})
	return has
}
