// Reproduction of go-vela/server database/repo/index.go at 1f1a25282352313898d9f8984a72bfbbb75f9688
// (verbatim except import paths; see vela/CATALOGUE.md).

// SPDX-License-Identifier: Apache-2.0

package repo

import "context"

const (
	// CreateOrgNameIndex represents a query to create an
	// index on the repos table for the org and name columns.
	CreateOrgNameIndex = `
CREATE INDEX
IF NOT EXISTS
repos_org_name
ON repos (org, name);
`
)

// CreateRepoIndexes creates the indexes for the repos table in the database.
func (e *Engine) CreateRepoIndexes(ctx context.Context) error {
	e.logger.Tracef("creating indexes for repos table")

	// create the org and name columns index for the repos table
	return e.client.
		WithContext(ctx).
		Exec(CreateOrgNameIndex).Error
}
