// Reproduction of go-vela/server database/repo/update_partial.go at 1f1a25282352313898d9f8984a72bfbbb75f9688
// (verbatim except import paths; see vela/CATALOGUE.md).

// SPDX-License-Identifier: Apache-2.0

package repo

import (
	"context"
	"fmt"

	"example.com/heldout/vela/pkg/logrus"

	api "example.com/heldout/vela/api/types"
	"example.com/heldout/vela/constants"
	"example.com/heldout/vela/database/types"
)

// UpdateRepo updates an existing repo in the database.
func (e *Engine) PartialUpdateRepo(ctx context.Context, r *api.Repo) error {
	e.logger.WithFields(logrus.Fields{
		"id": r.GetID(),
	}).Tracef("updating repo %d", r.GetID())

	if r.GetID() == 0 {
		return fmt.Errorf("repo ID must be set")
	}

	repo := types.RepoFromAPI(r)

	// send query to the database
	return e.client.
		WithContext(ctx).
		Table(constants.TableRepo).
		Updates(repo).Error
}
