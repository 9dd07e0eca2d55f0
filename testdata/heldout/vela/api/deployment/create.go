// Reproduction of go-vela/server api/deployment/create.go CreateDeployment at
// 1f1a25282352313898d9f8984a72bfbbb75f9688 (trimmed: the deployment-config
// validation is left out). No lookup here: it creates the deployment at
// GitHub, which sends the "deployment" webhook handled by PostWebhook, and
// then inserts the row with the GitHub deployment id as number. It is the
// other inserter of vela/CATALOGUE.md R4.

package deployment

import (
	"fmt"
	"net/http"
	"time"

	"example.com/heldout/vela/api/types"
	"example.com/heldout/vela/database"
	"example.com/heldout/vela/pkg/gin"
	"example.com/heldout/vela/pkg/logrus"
	"example.com/heldout/vela/router/middleware/repo"
	"example.com/heldout/vela/router/middleware/user"
	"example.com/heldout/vela/scm"
	"example.com/heldout/vela/util"
)

// CreateDeployment represents the API handler to
// create a deployment.
func CreateDeployment(c *gin.Context) {
	// capture middleware values
	l := c.MustGet("logger").(*logrus.Entry)
	r := repo.Retrieve(c)
	u := user.Retrieve(c)
	ctx := c.Request.Context()

	l.Debugf("creating new deployment for repo %s", r.GetFullName())

	// capture body from API request
	input := new(types.Deployment)

	err := c.Bind(input)
	if err != nil {
		retErr := fmt.Errorf("unable to decode JSON for new deployment for %s: %w", r.GetFullName(), err)

		util.HandleError(c, http.StatusBadRequest, retErr)

		return
	}

	// update fields in deployment object
	input.SetRepo(r)
	input.SetCreatedBy(u.GetName())
	input.SetCreatedAt(time.Now().Unix())

	if len(input.GetDescription()) == 0 {
		input.SetDescription("Deployment request from Vela")
	}

	if len(input.GetTask()) == 0 {
		input.SetTask("deploy:vela")
	}

	// if ref is not provided, use repo default branch
	if len(input.GetRef()) == 0 {
		input.SetRef(fmt.Sprintf("refs/heads/%s", r.GetBranch()))
	}

	// send API call to create the deployment
	err = scm.FromContext(c).CreateDeployment(ctx, u, r, input)
	if err != nil {
		retErr := fmt.Errorf("unable to create new deployment for %s: %w", r.GetFullName(), err)

		util.HandleError(c, http.StatusInternalServerError, retErr)

		return
	}

	// send API call to create the deployment
	d, err := database.FromContext(c).CreateDeployment(c, input)
	if err != nil {
		retErr := fmt.Errorf("unable to create new deployment for %s: %w", r.GetFullName(), err)

		util.HandleError(c, http.StatusInternalServerError, retErr)

		return
	}

	l.WithFields(logrus.Fields{
		"deployment_id": d.GetID(),
	}).Info("deployment created")

	c.JSON(http.StatusCreated, d)
}
