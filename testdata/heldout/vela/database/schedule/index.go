// Reproduction of go-vela/server database/schedule/index.go at 1f1a25282352313898d9f8984a72bfbbb75f9688
// (verbatim except import paths; see vela/CATALOGUE.md).

// SPDX-License-Identifier: Apache-2.0

package schedule

import "context"

const (
	// CreateRepoIDIndex represents a query to create an
	// index on the schedules table for the repo_id column.
	CreateRepoIDIndex = `
CREATE INDEX
IF NOT EXISTS
schedules_repo_id
ON schedules (repo_id);
`
)

// CreateScheduleIndexes creates the indexes for the schedules table in the database.
func (e *Engine) CreateScheduleIndexes(ctx context.Context) error {
	e.logger.Tracef("creating indexes for schedules table in the database")

	// create the repo_id column index for the schedules table
	return e.client.
		WithContext(ctx).
		Exec(CreateRepoIDIndex).Error
}
