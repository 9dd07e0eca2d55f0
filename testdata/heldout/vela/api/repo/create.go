// Reproduction of go-vela/server api/repo/create.go CreateRepo at
// 1f1a25282352313898d9f8984a72bfbbb75f9688 (trimmed: build limit, timeouts,
// events, allowlist and pipeline-type handling are left out; the lookup at
// :260, the branches at :261-362 and the hook insert at :365-381 are
// verbatim). See vela/CATALOGUE.md R2.

package repo

import (
	"encoding/base64"
	"fmt"
	"net/http"
	"strings"

	"github.com/google/uuid"

	"example.com/heldout/vela/api/types"
	"example.com/heldout/vela/database"
	"example.com/heldout/vela/pkg/gin"
	"example.com/heldout/vela/pkg/logrus"
	"example.com/heldout/vela/router/middleware/user"
	"example.com/heldout/vela/scm"
	"example.com/heldout/vela/util"
)

// CreateRepo represents the API handler to
// create a repo.
func CreateRepo(c *gin.Context) {
	// capture middleware values
	l := c.MustGet("logger").(*logrus.Entry)
	u := user.Retrieve(c)

	ctx := c.Request.Context()

	// capture body from API request
	input := new(types.Repo)

	err := c.Bind(input)
	if err != nil {
		retErr := fmt.Errorf("unable to decode JSON for new repo: %w", err)

		util.HandleError(c, http.StatusBadRequest, retErr)

		return
	}

	l.Debugf("creating new repo %s", input.GetFullName())

	// get repo information from the source
	r, _, err := scm.FromContext(c).GetRepo(ctx, u, input)
	if err != nil {
		retErr := fmt.Errorf("unable to retrieve repo info for %s from source: %w", r.GetFullName(), err)

		util.HandleError(c, http.StatusBadRequest, retErr)

		return
	}

	// update fields in repo object
	r.SetOwner(u)

	// set the active field based off the input provided
	if input.Active == nil {
		// default active field to true
		r.SetActive(true)
	} else {
		r.SetActive(input.GetActive())
	}

	// create unique id for the repo
	uid, err := uuid.NewRandom()
	if err != nil {
		retErr := fmt.Errorf("unable to create UID for repo %s: %w", r.GetFullName(), err)

		util.HandleError(c, http.StatusServiceUnavailable, retErr)

		return
	}

	r.SetHash(
		base64.StdEncoding.EncodeToString(
			[]byte(strings.TrimSpace(uid.String())),
		),
	)

	// send API call to capture the repo from the database
	// GetRepoForOrg Where("org = ?").Where("name = ?") Take; on error CreateRepo; repos UNIQUE(full_name) (database/repo/table.go:43, :78) with full_name = org/name from the SCM; the (org, name) index repos_org_name is not unique (database/repo/index.go:10-14)
	dbRepo, err := database.FromContext(c).GetRepoForOrg(ctx, r.GetOrg(), r.GetName()) // race
	if err == nil && dbRepo.GetActive() {
		retErr := fmt.Errorf("unable to activate repo: %s is already active", r.GetFullName())

		util.HandleError(c, http.StatusConflict, retErr)

		return
	}

	// check if the repo already has a hash created
	if len(dbRepo.GetHash()) > 0 {
		// overwrite the new repo hash with the existing repo hash
		r.SetHash(dbRepo.GetHash())
	}

	h := new(types.Hook)

	// check if we should create the webhook
	if c.Value("webhookvalidation").(bool) {
		// send API call to create the webhook
		h, _, err = scm.FromContext(c).Enable(ctx, u, r)
		if err != nil {
			retErr := fmt.Errorf("unable to create webhook for %s: %w", r.GetFullName(), err)

			switch err.Error() {
			case "repo already enabled":
				util.HandleError(c, http.StatusConflict, retErr)
				return
			case "repo not found":
				util.HandleError(c, http.StatusNotFound, retErr)
				return
			}

			util.HandleError(c, http.StatusInternalServerError, retErr)

			return
		}
	}

	// map this repo to an installation if possible
	if r.GetInstallID() == 0 {
		r, err = scm.FromContext(c).SyncRepoWithInstallation(ctx, r)
		if err != nil {
			retErr := fmt.Errorf("unable to sync repo %s with installation: %w", r.GetFullName(), err)

			util.HandleError(c, http.StatusInternalServerError, retErr)

			return
		}
	}

	// if the repo exists but is inactive
	if len(dbRepo.GetOrg()) > 0 && !dbRepo.GetActive() {
		// update the repo owner
		dbRepo.SetOwner(u)
		// update the default branch
		dbRepo.SetBranch(r.GetBranch())
		// activate the repo
		dbRepo.SetActive(true)
		// update the install_id
		dbRepo.SetInstallID(r.GetInstallID())

		// send API call to update the repo
		// NOTE: not logging modification out separately
		// although we are CREATING a repo in this path
		r, err = database.FromContext(c).UpdateRepo(ctx, dbRepo)
		if err != nil {
			retErr := fmt.Errorf("unable to set repo %s to active: %w", dbRepo.GetFullName(), err)

			util.HandleError(c, http.StatusInternalServerError, retErr)

			return
		}

		l.WithFields(logrus.Fields{
			"org":     r.GetOrg(),
			"repo":    r.GetName(),
			"repo_id": r.GetID(),
		}).Infof("repo %s activated", r.GetFullName())
	} else {
		// send API call to create the repo
		r, err = database.FromContext(c).CreateRepo(ctx, r)
		if err != nil {
			retErr := fmt.Errorf("unable to create new repo %s: %w", r.GetFullName(), err)

			util.HandleError(c, http.StatusInternalServerError, retErr)

			return
		}

		l.WithFields(logrus.Fields{
			"org":     r.GetOrg(),
			"repo":    r.GetName(),
			"repo_id": r.GetID(),
		}).Infof("repo %s created", r.GetFullName())
	}

	// create init hook in the DB after repo has been added in order to capture its ID
	if c.Value("webhookvalidation").(bool) {
		// update initialization hook
		h.SetRepo(r)
		// create first hook for repo in the database
		_, err = database.FromContext(c).CreateHook(ctx, h)
		if err != nil {
			retErr := fmt.Errorf("unable to create initialization webhook for %s: %w", r.GetFullName(), err)

			util.HandleError(c, http.StatusInternalServerError, retErr)

			return
		}

		l.WithFields(logrus.Fields{
			"hook": h.GetID(),
		}).Infof("hook %d created for repo %s", h.GetID(), r.GetFullName())
	}

	c.JSON(http.StatusCreated, r)
}
