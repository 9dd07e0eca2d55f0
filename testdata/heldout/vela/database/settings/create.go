// Reproduction of go-vela/server database/settings/create.go at 1f1a25282352313898d9f8984a72bfbbb75f9688
// (verbatim except import paths; see vela/CATALOGUE.md).

// SPDX-License-Identifier: Apache-2.0

package settings

import (
	"context"

	"example.com/heldout/vela/api/types/settings"
	"example.com/heldout/vela/database/types"
)

// CreateSettings creates a platform settings record in the database.
func (e *Engine) CreateSettings(ctx context.Context, s *settings.Platform) (*settings.Platform, error) {
	e.logger.Tracef("creating platform settings with %v", s.String())

	// cast the api type to database type
	settings := types.SettingsFromAPI(s)

	// validate the necessary fields are populated
	err := settings.Validate()
	if err != nil {
		return nil, err
	}

	// send query to the database
	err = e.client.
		WithContext(ctx).
		Table(TableSettings).
		Create(settings.Nullify()).Error
	if err != nil {
		return nil, err
	}

	return s, nil
}
