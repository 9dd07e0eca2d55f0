// Copyright 2017 Gitea. All rights reserved.
// SPDX-License-Identifier: MIT

// Trimmed from models/git/commit_status.go (version stored in the index as id 276147315; commit not
// pinned): CommitStatusIndex, postgresGetCommitStatusIndex (SQL verbatim), GetNextCommitStatusIndex
// (PostgreSQL branch only) and NewCommitStatus (index allocation + insert).

package git

import (
	"context"
	"errors"
	"strconv"

	"example.com/heldout/gitea/models/db"
	repo_model "example.com/heldout/gitea/models/repo"
	user_model "example.com/heldout/gitea/models/user"
	"example.com/heldout/gitea/modules/commitstatus"
	"example.com/heldout/gitea/modules/timeutil"
)

// CommitStatus holds a single Status of a single Commit
type CommitStatus struct {
	ID          int64                       `xorm:"pk autoincr"`
	Index       int64                       `xorm:"INDEX UNIQUE(repo_sha_index)"`
	RepoID      int64                       `xorm:"INDEX UNIQUE(repo_sha_index)"`
	State       commitstatus.CombinedStatus `xorm:"VARCHAR(7) NOT NULL"`
	SHA         string                      `xorm:"VARCHAR(64) NOT NULL INDEX UNIQUE(repo_sha_index)"`
	TargetURL   string                      `xorm:"TEXT"`
	Context     string                      `xorm:"TEXT"`
	CreatorID   int64
	CreatedUnix timeutil.TimeStamp `xorm:"INDEX created"`
}

// CommitStatusIndex represents a table for commit status index
type CommitStatusIndex struct {
	ID       int64
	RepoID   int64  `xorm:"unique(repo_sha)"`
	SHA      string `xorm:"unique(repo_sha)"`
	MaxIndex int64  `xorm:"index"`
}

func init() {
	db.RegisterModel(new(CommitStatus))
	db.RegisterModel(new(CommitStatusIndex))
}

func postgresGetCommitStatusIndex(ctx context.Context, repoID int64, sha string) (int64, error) {
	res, err := db.GetEngine(ctx).Query("INSERT INTO `commit_status_index` (repo_id, sha, max_index) "+
		"VALUES (?,?,1) ON CONFLICT (repo_id, sha) DO UPDATE SET max_index = `commit_status_index`.max_index+1 RETURNING max_index",
		repoID, sha)
	if err != nil {
		return 0, err
	}
	if len(res) == 0 {
		return 0, db.ErrNotExist{Resource: "commit_status_index"}
	}
	return strconv.ParseInt(string(res[0]["max_index"]), 10, 64)
}

// GetNextCommitStatusIndex retried 3 times to generate a resource index
func GetNextCommitStatusIndex(ctx context.Context, repoID int64, sha string) (int64, error) {
	return postgresGetCommitStatusIndex(ctx, repoID, sha)
}

// NewCommitStatusOptions holds options for creating a CommitStatus
type NewCommitStatusOptions struct {
	Repo         *repo_model.Repository
	Creator      *user_model.User
	SHA          string
	CommitStatus *CommitStatus
}

// NewCommitStatus save commit statuses into database
func NewCommitStatus(ctx context.Context, opts NewCommitStatusOptions) error {
	if opts.Repo == nil || opts.Creator == nil {
		return errors.New("repo and creator are required")
	}

	// Get the next Status Index: the upsert takes the row lock of commit_status_index (repo_id, sha)
	// and keeps it until the surrounding transaction ends
	idx, err := GetNextCommitStatusIndex(ctx, opts.Repo.ID, opts.SHA)
	if err != nil {
		return err
	}

	opts.CommitStatus.Index = idx
	opts.CommitStatus.RepoID = opts.Repo.ID
	opts.CommitStatus.SHA = opts.SHA
	opts.CommitStatus.CreatorID = opts.Creator.ID

	return db.Insert(ctx, opts.CommitStatus)
}

// GetLatestCommitStatus returns all statuses with a unique context for a given commit (trimmed)
func GetLatestCommitStatus(ctx context.Context, repoID int64, sha string, listOptions db.ListOptions) ([]*CommitStatus, int64, error) {
	statuses := make([]*CommitStatus, 0, 10)
	err := db.GetEngine(ctx).Where("repo_id = ? AND sha = ?", repoID, sha).Desc("`index`").Find(&statuses)
	return statuses, int64(len(statuses)), err
}
