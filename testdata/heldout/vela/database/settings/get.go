// Reproduction of go-vela/server database/settings/get.go at 1f1a25282352313898d9f8984a72bfbbb75f9688
// (verbatim except import paths; see vela/CATALOGUE.md).

// SPDX-License-Identifier: Apache-2.0

package settings

import (
	"context"

	"example.com/heldout/vela/api/types/settings"
	"example.com/heldout/vela/database/types"
)

// GetSettings gets platform settings from the database.
func (e *Engine) GetSettings(ctx context.Context) (*settings.Platform, error) {
	e.logger.Trace("getting platform settings")

	// variable to store query results
	s := new(types.Platform)

	// send query to the database and store result in variable
	err := e.client.
		WithContext(ctx).
		Table(TableSettings).
		Where("id = ?", 1).
		Take(s).
		Error
	if err != nil {
		return nil, err
	}

	// return the settings
	return s.ToAPI(), nil
}
