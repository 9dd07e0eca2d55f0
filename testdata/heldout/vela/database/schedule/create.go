// Reproduction of go-vela/server database/schedule/create.go at 1f1a25282352313898d9f8984a72bfbbb75f9688
// (verbatim except import paths; see vela/CATALOGUE.md).

// SPDX-License-Identifier: Apache-2.0

package schedule

import (
	"context"

	"example.com/heldout/vela/pkg/logrus"

	api "example.com/heldout/vela/api/types"
	"example.com/heldout/vela/constants"
	"example.com/heldout/vela/database/types"
)

// CreateSchedule creates a new schedule in the database.
func (e *Engine) CreateSchedule(ctx context.Context, s *api.Schedule) (*api.Schedule, error) {
	e.logger.WithFields(logrus.Fields{
		"schedule": s.GetName(),
	}).Tracef("creating schedule %s in the database", s.GetName())

	// cast the API type to database type
	schedule := types.ScheduleFromAPI(s)

	// validate the necessary fields are populated
	err := schedule.Validate()
	if err != nil {
		return nil, err
	}

	// send query to the database
	err = e.client.
		WithContext(ctx).
		Table(constants.TableSchedule).
		Create(schedule).Error
	if err != nil {
		return nil, err
	}

	// set repo to provided repo if creation successful
	result := schedule.ToAPI()
	result.SetRepo(s.GetRepo())

	return result, nil
}
