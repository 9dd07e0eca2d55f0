// Reproduction of go-vela/server database/secret/insert_allowlist.go at 1f1a25282352313898d9f8984a72bfbbb75f9688
// (verbatim except import paths; see vela/CATALOGUE.md).

// SPDX-License-Identifier: Apache-2.0

package secret

import (
	"context"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"

	api "example.com/heldout/vela/api/types"
	"example.com/heldout/vela/constants"
	"example.com/heldout/vela/database/types"
)

// InsertAllowlist adds allowlist entries in the database.
func InsertAllowlist(ctx context.Context, tx *gorm.DB, s *api.Secret) error {
	// only insert when there is an allowlist
	if len(s.GetRepoAllowlist()) == 0 {
		return nil
	}

	entries := []*types.SecretAllowlist{}

	for _, r := range s.GetRepoAllowlist() {
		entry := types.SecretAllowlistFromAPI(s, r)

		err := entry.Validate()
		if err != nil {
			return err
		}

		entries = append(entries, types.SecretAllowlistFromAPI(s, r))
	}

	// upsert allowlist
	return tx.
		WithContext(ctx).
		Table(constants.TableSecretRepoAllowlist).
		Clauses(clause.OnConflict{DoNothing: true}).
		Create(entries).Error
}
