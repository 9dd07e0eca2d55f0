// Reproduction of go-vela/server api/dashboard/create.go at
// 1f1a25282352313898d9f8984a72bfbbb75f9688 (trimmed: the max-repos setting
// and the user dashboard-list update after the insert are left out;
// createAdminSet and validateRepoSet keep their lookups verbatim).
// See vela/CATALOGUE.md N6.

package dashboard

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"time"

	"example.com/heldout/vela/api/types"
	"example.com/heldout/vela/database"
	"example.com/heldout/vela/pkg/gin"
	"example.com/heldout/vela/pkg/logrus"
	"example.com/heldout/vela/router/middleware/user"
	"example.com/heldout/vela/util"
)

// CreateDashboard represents the API handler to
// create a dashboard.
func CreateDashboard(c *gin.Context) {
	// capture middleware values
	l := c.MustGet("logger").(*logrus.Entry)
	u := user.Retrieve(c)

	// capture body from API request
	input := new(types.Dashboard)

	err := c.Bind(input)
	if err != nil {
		retErr := fmt.Errorf("unable to decode JSON for new dashboard: %w", err)

		util.HandleError(c, http.StatusBadRequest, retErr)

		return
	}

	// ensure dashboard name is defined
	if input.GetName() == "" {
		util.HandleError(c, http.StatusBadRequest, fmt.Errorf("dashboard name must be set"))

		return
	}

	l.Debugf("creating new dashboard %s", input.GetName())

	d := new(types.Dashboard)

	// update fields in dashboard object
	d.SetCreatedBy(u.GetName())
	d.SetName(input.GetName())
	d.SetCreatedAt(time.Now().UTC().Unix())
	d.SetUpdatedAt(time.Now().UTC().Unix())
	d.SetUpdatedBy(u.GetName())

	// validate admins to ensure they are all active users
	admins, err := createAdminSet(c, u, input.GetAdmins()) // safe: the lookups (GetUserForName of each admin, GetRepoForOrg of each repo in validateRepoSet) only validate references; the dashboard inserted below is keyed on a fresh uuid.New() (DashboardFromAPI; dashboards id UUID PRIMARY KEY) and nothing is keyed on the looked-up names
	if err != nil {
		util.HandleError(c, http.StatusBadRequest, err)

		return
	}

	d.SetAdmins(admins)

	// validate repos to ensure they are all enabled
	err = validateRepoSet(c, input.GetRepos())
	if err != nil {
		util.HandleError(c, http.StatusBadRequest, err)

		return
	}

	d.SetRepos(input.GetRepos())

	// create dashboard in database
	d, err = database.FromContext(c).CreateDashboard(c, d)
	if err != nil {
		retErr := fmt.Errorf("unable to create new dashboard %s: %w", d.GetName(), err)

		util.HandleError(c, http.StatusInternalServerError, retErr)

		return
	}

	l.WithFields(logrus.Fields{
		"dashboard":    d.GetName(),
		"dashboard_id": d.GetID(),
	}).Info("dashboard created")

	c.JSON(http.StatusCreated, d)
}

// createAdminSet takes a slice of users, cleanses it of duplicates and throws an error
// when a user is inactive or not found in the database. It returns a sanitized slice of admins.
func createAdminSet(c context.Context, caller *types.User, users []*types.User) ([]*types.User, error) {
	// add user creating the dashboard to admin list
	admins := []*types.User{caller.Crop()}

	dupMap := make(map[string]bool)

	// validate supplied admins are actual users
	for _, u := range users {
		if u.GetName() == caller.GetName() || dupMap[u.GetName()] {
			continue
		}

		dbUser, err := database.FromContext(c).GetUserForName(c, u.GetName())
		if err != nil || !dbUser.GetActive() {
			return nil, fmt.Errorf("unable to create dashboard: %s is not an active user", u.GetName())
		}

		admins = append(admins, dbUser.Crop())

		dupMap[dbUser.GetName()] = true
	}

	return admins, nil
}

// validateRepoSet is a helper function that confirms all dashboard repos exist and are enabled
// in the database while also confirming the IDs match when saving.
func validateRepoSet(c context.Context, repos []*types.DashboardRepo) error {
	for _, repo := range repos {
		// verify format (org/repo)
		parts := strings.Split(repo.GetName(), "/")
		if len(parts) != 2 {
			return fmt.Errorf("unable to create dashboard: %s is not a valid repo", repo.GetName())
		}

		// fetch repo from database
		dbRepo, err := database.FromContext(c).GetRepoForOrg(c, parts[0], parts[1])
		if err != nil || !dbRepo.GetActive() {
			return fmt.Errorf("unable to create dashboard: could not get repo %s: %w", repo.GetName(), err)
		}

		// override ID field if provided to match the database ID
		repo.SetID(dbRepo.GetID())
	}

	return nil
}
