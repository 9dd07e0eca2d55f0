// Copyright 2016 The Gogs Authors. All rights reserved.
// Copyright 2020 The Gitea Authors.
// SPDX-License-Identifier: MIT

// Reproduced from services/repository/collaboration.go @02b53a6c63faf2a89f5748b0b96d0646cd2c93ff
// (AddOrUpdateCollaborator :21-65, verbatim but for the marker).

package repository

import (
	"context"

	"example.com/heldout/gitea/models/db"
	"example.com/heldout/gitea/models/perm"
	access_model "example.com/heldout/gitea/models/perm/access"
	repo_model "example.com/heldout/gitea/models/repo"
	user_model "example.com/heldout/gitea/models/user"

	"xorm.io/builder"
)

// callers: POST /{owner}/{repo}/settings/collaboration, PUT /api/v1/repos/{owner}/{repo}/collaborators/{collaborator},
// accepting a repository transfer/invitation
func AddOrUpdateCollaborator(ctx context.Context, repo *repo_model.Repository, u *user_model.User, mode perm.AccessMode) error {
	// only allow valid access modes, read, write and admin
	if mode < perm.AccessModeRead || mode > perm.AccessModeAdmin {
		return perm.ErrInvalidAccessMode
	}

	if err := repo.LoadOwner(ctx); err != nil {
		return err
	}

	if user_model.IsUserBlockedBy(ctx, u, repo.OwnerID) || user_model.IsUserBlockedBy(ctx, repo.Owner, u.ID) {
		return user_model.ErrBlockedUser
	}

	return db.WithTx(ctx, func(ctx context.Context) error {
		// plain SELECT in a READ COMMITTED transaction; collaboration (repo_id, user_id) is UNIQUE(s)
		collaboration, has, err := db.Get[repo_model.Collaboration](ctx, builder.Eq{ // race
			"repo_id": repo.ID,
			"user_id": u.ID,
		})
		if err != nil {
			return err
		} else if has {
			if collaboration.Mode == mode {
				return nil
			}
			if _, err = db.GetEngine(ctx).
				Where("repo_id=?", repo.ID).
				And("user_id=?", u.ID).
				Cols("mode").
				Update(&repo_model.Collaboration{
					Mode: mode,
				}); err != nil {
				return err
			}
		} else if err = db.Insert(ctx, &repo_model.Collaboration{
			RepoID: repo.ID,
			UserID: u.ID,
			Mode:   mode,
		}); err != nil {
			return err
		}

		return access_model.RecalculateUserAccess(ctx, repo, u.ID)
	})
}
