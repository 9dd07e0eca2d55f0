// Reproduction of go-vela/server api/build/compile_publish.go at
// 1f1a25282352313898d9f8984a72bfbbb75f9688 (trimmed: repo access, the
// concurrent-build count, changesets, skip-empty and deployment validation
// are left out, as are the cache and queue parameters; the retry loop with
// the pipeline lookup at :251 and the insert at :341-368 is verbatim).
// See vela/CATALOGUE.md R5.

package build

import (
	"context"
	"fmt"
	"net/http"
	"time"

	"example.com/heldout/vela/api/types"
	"example.com/heldout/vela/compiler"
	"example.com/heldout/vela/compiler/types/pipeline"
	"example.com/heldout/vela/constants"
	"example.com/heldout/vela/database"
	"example.com/heldout/vela/internal"
	"example.com/heldout/vela/pkg/logrus"
	"example.com/heldout/vela/queue/models"
	"example.com/heldout/vela/scm"
)

// CompileAndPublishConfig is a struct that contains information for the CompileAndPublish function.
type CompileAndPublishConfig struct {
	Build      *types.Build
	Deployment *types.Deployment
	Metadata   *internal.Metadata
	BaseErr    string
	Source     string
	Comment    string
	Labels     []string
	Files      []string
	Retries    int
}

// CompileAndPublish is a helper function to generate a queue item for a build.
func CompileAndPublish(
	c context.Context,
	cfg CompileAndPublishConfig,
	database database.Interface,
	scm scm.Service,
	compiler compiler.Engine,
) (*pipeline.Build, *models.Item, int, error) {
	logger := logrus.WithFields(logrus.Fields{
		"org":      cfg.Build.GetRepo().GetOrg(),
		"repo":     cfg.Build.GetRepo().GetName(),
		"build_id": cfg.Build.GetID(),
	})

	ctx := c

	logger.Debug("generating queue items")

	// assign variables from form for readibility
	r := cfg.Build.GetRepo()
	u := cfg.Build.GetRepo().GetOwner()
	b := cfg.Build
	baseErr := cfg.BaseErr

	var (
		err          error
		compileToken string
	)

	// update fields in build object
	// this is necessary in case source is restart and the build is prepopulated with these values
	b.SetID(0)
	b.SetNumber(0)
	b.SetCreated(time.Now().UTC().Unix())
	b.SetStatus(constants.StatusPending)
	b.SetError("")

	var (
		// variable to store the raw pipeline configuration
		pipelineFile []byte
		// variable to store executable pipeline
		p *pipeline.Build
		// variable to store pipeline configuration
		pipeline *types.Pipeline
		// variable to store the pipeline type for the repository
		pipelineType = r.GetPipelineType()
	)

	// implement a loop to process asynchronous operations with a retry limit
	//
	// Some operations taken during the webhook workflow can lead to race conditions
	// failing to successfully process the request. This logic ensures we attempt our
	// best efforts to handle these cases gracefully.
	for i := 0; i < cfg.Retries; i++ {
		logger.Debugf("compilation loop - attempt %d", i+1)
		// check if we're on the first iteration of the loop
		if i > 0 {
			// incrementally sleep in between retries
			time.Sleep(time.Duration(i) * time.Second)
		}

		// send database call to attempt to capture the pipeline if we already processed it before
		// GetPipelineForRepo Where("repo_id = ?").Where("\"commit\" = ?") Take; any error -> compile and CreatePipeline; pipelines UNIQUE(repo_id, commit) (database/pipeline/table.go:34, :60); the loser retries only when cfg.Retries > 1 (webhook 3; build create, restart and schedule 1)
		pipeline, err = database.GetPipelineForRepo(ctx, b.GetCommit(), r) // race
		if err != nil {                                                    // assume the pipeline doesn't exist in the database yet
			// send API call to capture the pipeline configuration file
			pipelineFile, err = scm.ConfigBackoff(ctx, u, r, b.GetCommit(), compileToken)
			if err != nil {
				retErr := fmt.Errorf("%s: unable to get pipeline configuration for %s: %w", baseErr, r.GetFullName(), err)

				return nil, nil, http.StatusNotFound, retErr
			}
		} else {
			pipelineFile = pipeline.GetData()
		}

		// ensure we use the expected pipeline type when compiling
		//
		// The pipeline type for a repo can change at any time which can break compiling
		// existing pipelines in the system for that repo. To account for this, we update
		// the repo pipeline type to match what was defined for the existing pipeline
		// before compiling. After we're done compiling, we reset the pipeline type.
		if len(pipeline.GetType()) > 0 {
			r.SetPipelineType(pipeline.GetType())
		}

		var compiled *types.Pipeline
		// parse and compile the pipeline configuration file
		p, compiled, err = compiler.
			Duplicate().
			WithBuild(b).
			WithCommit(b.GetCommit()).
			WithRepo(r).
			WithUser(u).
			Compile(ctx, pipelineFile)
		if err != nil {
			// format the error message with extra information
			err = fmt.Errorf("unable to compile pipeline configuration for %s: %w", r.GetFullName(), err)

			// log the error for traceability
			logger.Error(err.Error())

			return nil, nil, http.StatusInternalServerError, fmt.Errorf("%s: %w", baseErr, err)
		}

		// reset the pipeline type for the repo
		r.SetPipelineType(pipelineType)

		// check if the pipeline did not already exist in the database
		if pipeline == nil {
			pipeline = compiled
			pipeline.SetRepo(r)
			pipeline.SetCommit(b.GetCommit())
			pipeline.SetRef(b.GetRef())

			// send API call to create the pipeline
			pipeline, err = database.CreatePipeline(ctx, pipeline)
			if err != nil {
				retErr := fmt.Errorf("%s: failed to create pipeline for %s: %w", baseErr, r.GetFullName(), err)

				// check if the retry limit has been exceeded
				if i < cfg.Retries-1 {
					logger.WithError(retErr).Warningf("retrying #%d", i+1)

					// continue to the next iteration of the loop
					continue
				}

				return nil, nil, http.StatusInternalServerError, retErr
			}

			logger.WithFields(logrus.Fields{
				"pipeline": pipeline.GetID(),
				"org":      r.GetOrg(),
				"repo":     r.GetName(),
				"repo_id":  r.GetID(),
			}).Info("pipeline created")
		} else {
			// reset the pipeline warnings if the compiled pipeline returned any
			if len(compiled.GetWarnings()) > 0 {
				pipeline.SetWarnings(compiled.GetWarnings())

				// send API call to update the pipeline
				pipeline, err = database.UpdatePipeline(ctx, pipeline)
				if err != nil {
					retErr := fmt.Errorf("%s: failed to update pipeline for %s: %w", baseErr, r.GetFullName(), err)

					return nil, nil, http.StatusInternalServerError, retErr
				}
			}
		}

		b.SetPipelineID(pipeline.GetID())

		// create the objects from the pipeline in the database
		b, err = PlanBuild(ctx, database, scm, p, b, r)
		if err != nil {
			retErr := fmt.Errorf("%s: %w", baseErr, err)

			// check if the retry limit has been exceeded
			if i < cfg.Retries-1 {
				logger.WithError(retErr).Warningf("retrying #%d", i+1)

				// reset fields set by cleanBuild for retry
				b.SetError("")
				b.SetStatus(constants.StatusPending)

				// continue to the next iteration of the loop
				continue
			}

			return nil, nil, http.StatusInternalServerError, retErr
		}

		break
	}

	return p,
		&models.Item{
			Build: b,
		},
		http.StatusCreated,
		nil
}
