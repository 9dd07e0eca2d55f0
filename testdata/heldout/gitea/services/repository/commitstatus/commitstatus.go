// Copyright 2024 The Gitea Authors. All rights reserved.
// SPDX-License-Identifier: MIT

// Reproduced from services/repository/commitstatus/commitstatus.go @9f49daa4886637ec3ceadbe37564fb2f1f1fdf1d
// (CreateCommitStatus :70-124, its transaction :91-104); the git repository checks, cache and automerge are left out.

package commitstatus

import (
	"context"
	"fmt"

	"example.com/heldout/gitea/models/db"
	git_model "example.com/heldout/gitea/models/git"
	repo_model "example.com/heldout/gitea/models/repo"
	user_model "example.com/heldout/gitea/models/user"
)

// CreateCommitStatus creates a new CommitStatus given a bunch of parameters
// NOTE: All text-values will be trimmed from whitespaces.
// Requires: Repo, Creator, SHA
// callers: POST /api/v1/repos/{owner}/{repo}/statuses/{sha}, Gitea Actions job status updates
// (services/actions createCommitStatus)
func CreateCommitStatus(ctx context.Context, repo *repo_model.Repository, creator *user_model.User, sha string, status *git_model.CommitStatus) error {
	if err := db.WithTx(ctx, func(ctx context.Context) error {
		if err := git_model.NewCommitStatus(ctx, git_model.NewCommitStatusOptions{
			Repo:         repo,
			Creator:      creator,
			SHA:          sha,
			CommitStatus: status,
		}); err != nil {
			return fmt.Errorf("NewCommitStatus[repo_id: %d, user_id: %d, sha: %s]: %w", repo.ID, creator.ID, sha, err)
		}

		return git_model.UpdateCommitStatusSummary(ctx, repo.ID, sha)
	}); err != nil {
		return err
	}

	return nil
}
