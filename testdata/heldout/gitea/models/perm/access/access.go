// Package access is trimmed from code.gitea.io/gitea/models/perm/access.
package access

import (
	"context"

	repo_model "example.com/heldout/gitea/models/repo"
)

// RecalculateUserAccess recalculates new access for a single user (trimmed: it rewrites the
// `access` rows of the user for the repository; not part of the catalogued sites)
func RecalculateUserAccess(ctx context.Context, repo *repo_model.Repository, uid int64) error {
	return nil
}
