// Reproduction of go-vela/server api/build/plan.go PlanBuild at
// 1f1a25282352313898d9f8984a72bfbbb75f9688 (trimmed: service/step planning
// and CleanBuild are left out). The build number comes from
// database/build/create.go (vela/CATALOGUE.md N1).

package build

import (
	"context"
	"fmt"
	"time"

	"example.com/heldout/vela/api/types"
	"example.com/heldout/vela/compiler/types/pipeline"
	"example.com/heldout/vela/database"
	"example.com/heldout/vela/pkg/logrus"
	"example.com/heldout/vela/scm"
)

// PlanBuild is a helper function to plan the build for
// execution. This creates all resources, like steps
// and services, for the build.
func PlanBuild(ctx context.Context, database database.Interface, scm scm.Service, p *pipeline.Build, b *types.Build, r *types.Repo) (*types.Build, error) {
	// update fields in build object
	b.SetCreated(time.Now().UTC().Unix())

	// send API call to create the build
	b, err := database.CreateBuild(ctx, b)
	if err != nil {
		return nil, fmt.Errorf("unable to create new build for %s: %w", r.GetFullName(), err)
	}

	logrus.WithFields(logrus.Fields{
		"build":    b.GetNumber(),
		"build_id": b.GetID(),
	}).Info("build created")

	return b, nil
}
