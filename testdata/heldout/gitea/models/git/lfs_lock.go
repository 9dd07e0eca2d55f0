// Copyright 2017 The Gitea Authors. All rights reserved.
// SPDX-License-Identifier: MIT

// Reproduced from models/git/lfs_lock.go @0c13471bc649fc90013007e2902fdd32cb37bd9e
// (LFSLock :24-31, CreateLFSLock :72-95, GetLFSLock :98-109); the access check is trimmed.

package git

import (
	"context"
	"fmt"
	"strings"
	"time"

	"example.com/heldout/gitea/models/db"
	repo_model "example.com/heldout/gitea/models/repo"
	user_model "example.com/heldout/gitea/models/user"
	"example.com/heldout/gitea/modules/util"
)

// ErrLFSLockNotExist represents a "LFSLockNotExist" kind of error.
type ErrLFSLockNotExist struct {
	ID     int64
	RepoID int64
	Path   string
}

// IsErrLFSLockNotExist checks if an error is a ErrLFSLockNotExist.
func IsErrLFSLockNotExist(err error) bool {
	_, ok := err.(ErrLFSLockNotExist)
	return ok
}

func (err ErrLFSLockNotExist) Error() string {
	return fmt.Sprintf("lfs lock does not exist [id: %d, rid: %d, path: %s]", err.ID, err.RepoID, err.Path)
}

// ErrLFSLockAlreadyExist represents a "LFSLockAlreadyExist" kind of error.
type ErrLFSLockAlreadyExist struct {
	RepoID int64
	Path   string
}

func (err ErrLFSLockAlreadyExist) Error() string {
	return fmt.Sprintf("lfs lock already exists [rid: %d, path: %s]", err.RepoID, err.Path)
}

// LFSLock represents a git lfs lock of repository.
type LFSLock struct {
	ID      int64            `xorm:"pk autoincr"`
	RepoID  int64            `xorm:"INDEX NOT NULL"`
	OwnerID int64            `xorm:"INDEX NOT NULL"`
	Owner   *user_model.User `xorm:"-"`
	Path    string           `xorm:"TEXT"`
	Created time.Time        `xorm:"created"`
}

func init() {
	db.RegisterModel(new(LFSLock))
}

// BeforeInsert is invoked from XORM before inserting an object of this type.
func (l *LFSLock) BeforeInsert() {
	l.Path = util.PathJoinRel(l.Path)
}

// CreateLFSLock creates a new lock.
// caller: services/lfs PostLockHandler (POST /{owner}/{repo}.git/info/lfs/locks, `git lfs lock <path>`)
func CreateLFSLock(ctx context.Context, repo *repo_model.Repository, lock *LFSLock, taskID int64) (*LFSLock, error) {
	return db.WithTx2(ctx, func(ctx context.Context) (*LFSLock, error) {
		if err := CheckLFSAccessForRepo(ctx, lock.OwnerID, repo, taskID); err != nil {
			return nil, err
		}

		lock.Path = util.PathJoinRel(lock.Path)
		lock.RepoID = repo.ID

		// plain SELECT in a READ COMMITTED transaction: two users locking the same file at the same
		// time both get the lock (two rows), which defeats the purpose of the lock
		l, err := GetLFSLock(ctx, repo, lock.Path) // race; no unique key: lfs_lock has INDEX on repo_id and owner_id only, path is an unindexed TEXT column (lfs_lock.go:26-29)
		if err == nil {
			return l, ErrLFSLockAlreadyExist{lock.RepoID, lock.Path}
		}
		if !IsErrLFSLockNotExist(err) {
			return nil, err
		}

		if err := db.Insert(ctx, lock); err != nil {
			return nil, err
		}

		return lock, nil
	})
}

// GetLFSLock returns release by given path.
func GetLFSLock(ctx context.Context, repo *repo_model.Repository, path string) (*LFSLock, error) {
	path = util.PathJoinRel(path)
	rel := &LFSLock{RepoID: repo.ID}
	has, err := db.GetEngine(ctx).Where("lower(path) = ?", strings.ToLower(path)).Get(rel)
	if err != nil {
		return nil, err
	}
	if !has {
		return nil, ErrLFSLockNotExist{0, repo.ID, path}
	}
	return rel, nil
}

// CheckLFSAccessForRepo check needed access mode base on action (trimmed)
func CheckLFSAccessForRepo(ctx context.Context, ownerID int64, repo *repo_model.Repository, taskID int64) error {
	return nil
}
