// Reproduction of go-vela/server api/webhook/post.go PostWebhook at
// 1f1a25282352313898d9f8984a72bfbbb75f9688 (trimmed: request duplication,
// webhook verification, repository events, repo metadata updates, merge
// groups, auto-cancel, statuses and enqueueing are left out; the
// installation branch :139-165, the repo lookup :217, the hook insert loop
// :331-364, CompileAndPublish :451-472 and the deployment lookup/insert
// :518-578 are verbatim). See vela/CATALOGUE.md R4 (and N2, N4, R5 chains).

package webhook

import (
	"errors"
	"fmt"
	"net/http"
	"strings"
	"time"

	"gorm.io/gorm"

	"example.com/heldout/vela/api/build"
	"example.com/heldout/vela/api/types"
	"example.com/heldout/vela/compiler"
	"example.com/heldout/vela/constants"
	"example.com/heldout/vela/database"
	"example.com/heldout/vela/internal"
	"example.com/heldout/vela/pkg/gin"
	"example.com/heldout/vela/pkg/logrus"
	"example.com/heldout/vela/scm"
	"example.com/heldout/vela/util"
)

var baseErr = "unable to process webhook"

// PostWebhook represents the API handler to capture
// a webhook from a source control provider and
// publish it to the configure queue.
//
//nolint:funlen,gocyclo // ignore function length and cyclomatic complexity
func PostWebhook(c *gin.Context) {
	// capture middleware values
	m := c.MustGet("metadata").(*internal.Metadata)
	l := c.MustGet("logger").(*logrus.Entry)
	db := database.FromContext(c)
	ctx := c.Request.Context()

	l.Debug("webhook received")

	// process the webhook from the source control provider
	//
	// populate build, hook, repo resources as well as PR Number / PR Comment if necessary
	webhook, err := scm.FromContext(c).ProcessWebhook(ctx, c.Request)
	if err != nil {
		retErr := fmt.Errorf("unable to parse webhook: %w", err)
		util.HandleError(c, http.StatusBadRequest, retErr)

		return
	}

	if webhook.Installation != nil {
		l.Trace("verifying GitHub App webhook")

		err = scm.FromContext(c).ProcessInstallation(ctx, c.Request, webhook, db)
		if err != nil {
			retErr := fmt.Errorf("unable to process installation: %w", err)
			util.HandleError(c, http.StatusBadRequest, retErr)

			return
		}

		c.JSON(http.StatusOK, "installation processed successfully")

		return
	}

	h, r, b := webhook.Hook, webhook.Repo, webhook.Build

	// check if repo was parsed from webhook
	if r == nil {
		retErr := fmt.Errorf("%s: failed to parse repo from webhook", baseErr)
		util.HandleError(c, http.StatusBadRequest, retErr)

		return
	}

	var repo *types.Repo

	repo, err = database.FromContext(c).GetRepoForOrg(ctx, r.GetOrg(), r.GetName())
	if err != nil {
		retErr := fmt.Errorf("%s: failed to get repo %s: %w", baseErr, r.GetFullName(), err)
		util.HandleError(c, http.StatusBadRequest, retErr)

		return
	}

	// set the RepoID fields
	b.SetRepo(repo)
	h.SetRepo(repo)

	// number of times to retry
	retryLimit := 3
	// implement a loop to process asynchronous operations with a retry limit
	//
	// Some operations taken during the webhook workflow can lead to race conditions
	// failing to successfully process the request. This logic ensures we attempt our
	// best efforts to handle these cases gracefully.
	for i := range retryLimit {
		// check if we're on the first iteration of the loop
		if i > 0 {
			// incrementally sleep in between retries
			time.Sleep(time.Duration(i) * time.Second)
		}

		// send API call to create the webhook
		h, err = database.FromContext(c).CreateHook(ctx, h)
		if err != nil {
			// format the error message with extra information
			err = fmt.Errorf("unable to create webhook %s/%d: %w", repo.GetFullName(), h.GetNumber(), err)

			// check if the retry limit has been exceeded
			if i < retryLimit-1 {
				logrus.Infof("retrying hook creation after attempt %d error: %v", i+1, err)
				// continue to the next iteration of the loop
				continue
			}

			// log the error for traceability
			logrus.Error(err.Error())

			retErr := fmt.Errorf("%s: %w", baseErr, err)
			util.HandleError(c, http.StatusInternalServerError, retErr)

			h.SetStatus(constants.StatusFailure)
			h.SetError(retErr.Error())

			return
		}

		break
	}

	// construct CompileAndPublishConfig
	config := build.CompileAndPublishConfig{
		Build:      b,
		Deployment: webhook.Deployment,
		Metadata:   m,
		BaseErr:    baseErr,
		Source:     "webhook",
		Files:      webhook.Files,
		Retries:    3,
	}

	// generate the queue item
	_, item, code, err := build.CompileAndPublish(
		c,
		config,
		database.FromContext(c),
		scm.FromContext(c),
		compiler.FromContext(c),
	)

	// error handling done in CompileAndPublish
	if err != nil && code == http.StatusOK {
		h.SetStatus(constants.StatusSkipped)
		h.SetError(err.Error())

		c.JSON(http.StatusOK, err.Error())

		return
	}

	// capture the build from generated item
	//
	// if item is nil, keep b as webhook parsed build
	if item != nil {
		b = item.Build
	}

	if err != nil {
		h.SetStatus(constants.StatusFailure)
		h.SetError(err.Error())

		util.HandleError(c, code, err)

		return
	}

	// set hook build
	h.SetBuild(b)

	// if event is deployment, update the deployment record to include this build
	if strings.EqualFold(b.GetEvent(), constants.EventDeploy) {
		// GetDeploymentForRepo Where("repo_id = ?").Where("number = ?") Take; on gorm.ErrRecordNotFound CreateDeployment; deployments UNIQUE(repo_id, number) (database/deployment/table.go:30, :52); also races the plain insert of api/deployment/create.go:137
		d, err := database.FromContext(c).GetDeploymentForRepo(c, repo, webhook.Deployment.GetNumber()) // race
		if err != nil {
			if errors.Is(err, gorm.ErrRecordNotFound) {
				deployment := webhook.Deployment

				deployment.SetRepo(repo)
				deployment.SetBuilds([]*types.Build{b})

				dr, err := database.FromContext(c).CreateDeployment(c, deployment)
				if err != nil {
					retErr := fmt.Errorf("%s: failed to create deployment %s/%d: %w", baseErr, repo.GetFullName(), deployment.GetNumber(), err)
					util.HandleError(c, http.StatusInternalServerError, retErr)

					h.SetStatus(constants.StatusFailure)
					h.SetError(retErr.Error())

					return
				}

				l.WithFields(logrus.Fields{
					"deployment":    dr.GetNumber(),
					"deployment_id": dr.GetID(),
					"org":           repo.GetOrg(),
					"repo":          repo.GetName(),
					"repo_id":       repo.GetID(),
				}).Info("deployment created")
			} else {
				retErr := fmt.Errorf("%s: failed to get deployment %s/%d: %w", baseErr, repo.GetFullName(), webhook.Deployment.GetNumber(), err)
				util.HandleError(c, http.StatusInternalServerError, retErr)

				h.SetStatus(constants.StatusFailure)
				h.SetError(retErr.Error())

				return
			}
		} else {
			build := append(d.GetBuilds(), b)

			d.SetBuilds(build)

			_, err := database.FromContext(c).UpdateDeployment(ctx, d)
			if err != nil {
				retErr := fmt.Errorf("%s: failed to update deployment %s/%d: %w", baseErr, repo.GetFullName(), d.GetNumber(), err)
				util.HandleError(c, http.StatusInternalServerError, retErr)

				h.SetStatus(constants.StatusFailure)
				h.SetError(retErr.Error())

				return
			}

			l.WithFields(logrus.Fields{
				"deployment":    d.GetNumber(),
				"deployment_id": d.GetID(),
				"org":           repo.GetOrg(),
				"repo":          repo.GetName(),
				"repo_id":       repo.GetID(),
			}).Info("deployment updated")
		}
	}

	c.JSON(http.StatusCreated, b)
}
