// Reproduction of go-vela/server database/deployment/get_repo.go at 1f1a25282352313898d9f8984a72bfbbb75f9688
// (verbatim except import paths; see vela/CATALOGUE.md).

// SPDX-License-Identifier: Apache-2.0

package deployment

import (
	"context"
	"strconv"

	"example.com/heldout/vela/pkg/logrus"

	api "example.com/heldout/vela/api/types"
	"example.com/heldout/vela/constants"
	"example.com/heldout/vela/database/types"
)

// GetDeploymentForRepo gets a deployment by repo ID and number from the database.
func (e *Engine) GetDeploymentForRepo(ctx context.Context, r *api.Repo, number int64) (*api.Deployment, error) {
	e.logger.WithFields(logrus.Fields{
		"deployment": number,
		"org":        r.GetOrg(),
		"repo":       r.GetName(),
	}).Tracef("getting deployment %s/%d", r.GetFullName(), number)

	// variable to store query results
	d := new(types.Deployment)

	// send query to the database and store result in variable
	err := e.client.
		WithContext(ctx).
		Table(constants.TableDeployment).
		Where("repo_id = ?", r.GetID()).
		Where("number = ?", number).
		Take(d).
		Error
	if err != nil {
		return nil, err
	}

	builds := []*api.Build{}

	for _, a := range d.Builds {
		bID, err := strconv.ParseInt(a, 10, 64)
		if err != nil {
			return nil, err
		}
		// variable to store query results
		b := new(types.Build)

		// send query to the database and store result in variable
		err = e.client.
			WithContext(ctx).
			Table(constants.TableBuild).
			Where("id = ?", bID).
			Take(b).
			Error
		if err != nil {
			return nil, err
		}

		builds = append(builds, b.ToAPI())
	}

	result := d.ToAPI(builds)
	result.SetRepo(r)

	return result, nil
}
