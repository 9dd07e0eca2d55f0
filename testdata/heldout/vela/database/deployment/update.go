// Reproduction of go-vela/server database/deployment/update.go at 1f1a25282352313898d9f8984a72bfbbb75f9688
// (verbatim except import paths; see vela/CATALOGUE.md).

// SPDX-License-Identifier: Apache-2.0

package deployment

import (
	"context"

	"example.com/heldout/vela/pkg/logrus"

	api "example.com/heldout/vela/api/types"
	"example.com/heldout/vela/constants"
	"example.com/heldout/vela/database/types"
)

// UpdateDeployment updates an existing deployment in the database.
func (e *Engine) UpdateDeployment(ctx context.Context, d *api.Deployment) (*api.Deployment, error) {
	e.logger.WithFields(logrus.Fields{
		"deployment": d.GetID(),
	}).Tracef("updating deployment %d", d.GetID())

	// cast the API type to database type
	deployment := types.DeploymentFromAPI(d)

	// validate the necessary fields are populated
	err := deployment.Validate()
	if err != nil {
		return nil, err
	}

	err = e.client.
		WithContext(ctx).
		Table(constants.TableDeployment).
		Save(deployment).Error
	if err != nil {
		return nil, err
	}

	result := deployment.ToAPI(d.Builds)
	result.SetRepo(d.GetRepo())

	return result, nil
}
