// Reproduction of go-vela/server database/repo/create.go at 1f1a25282352313898d9f8984a72bfbbb75f9688
// (verbatim except import paths; see vela/CATALOGUE.md).

// SPDX-License-Identifier: Apache-2.0

package repo

import (
	"context"
	"database/sql"
	"fmt"

	"example.com/heldout/vela/pkg/logrus"

	api "example.com/heldout/vela/api/types"
	"example.com/heldout/vela/constants"
	"example.com/heldout/vela/database/types"
)

// CreateRepo creates a new repo in the database.
func (e *Engine) CreateRepo(ctx context.Context, r *api.Repo) (*api.Repo, error) {
	e.logger.WithFields(logrus.Fields{
		"org":  r.GetOrg(),
		"repo": r.GetName(),
	}).Tracef("creating repo %s", r.GetFullName())

	// cast the API type to database type
	repo := types.RepoFromAPI(r)

	// validate the necessary fields are populated
	err := repo.Validate()
	if err != nil {
		return nil, err
	}

	if !repo.Counter.Valid {
		repo.Counter = sql.NullInt64{Int64: 0, Valid: true}
	}

	if !repo.HookCounter.Valid {
		repo.HookCounter = sql.NullInt64{Int64: 0, Valid: true}
	}

	// encrypt the fields for the repo
	err = repo.Encrypt(e.config.EncryptionKey)
	if err != nil {
		return nil, fmt.Errorf("unable to encrypt repo %s: %w", r.GetFullName(), err)
	}

	// send query to the database
	err = e.client.
		WithContext(ctx).
		Table(constants.TableRepo).
		Create(repo).Error
	if err != nil {
		return nil, err
	}

	// decrypt the fields for the repo
	err = repo.Decrypt(e.config.EncryptionKey)
	if err != nil {
		// only log to preserve backwards compatibility
		e.logger.Errorf("unable to decrypt repo %d: %v", r.GetID(), err)
	}

	// set owner to provided owner if creation successful
	result := repo.ToAPI()
	result.SetOwner(r.GetOwner())

	return result, nil
}
