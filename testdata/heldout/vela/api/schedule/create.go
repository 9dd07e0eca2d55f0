// Reproduction of go-vela/server api/schedule/create.go CreateSchedule at
// 1f1a25282352313898d9f8984a72bfbbb75f9688 (trimmed: cron-entry validation
// and the schedule allowlist are left out; the lookup at :160 and the
// branches at :161-213 are verbatim). See vela/CATALOGUE.md R3.

package schedule

import (
	"fmt"
	"net/http"
	"time"

	api "example.com/heldout/vela/api/types"
	"example.com/heldout/vela/database"
	"example.com/heldout/vela/pkg/gin"
	"example.com/heldout/vela/pkg/logrus"
	"example.com/heldout/vela/router/middleware/repo"
	"example.com/heldout/vela/router/middleware/user"
	"example.com/heldout/vela/util"
)

// CreateSchedule represents the API handler to
// create a schedule.
func CreateSchedule(c *gin.Context) {
	// capture middleware values
	l := c.MustGet("logger").(*logrus.Entry)
	u := user.Retrieve(c)
	r := repo.Retrieve(c)
	ctx := c.Request.Context()

	// capture body from API request
	input := new(api.Schedule)

	err := c.Bind(input)
	if err != nil {
		retErr := fmt.Errorf("unable to decode JSON for new schedule: %w", err)

		util.HandleError(c, http.StatusBadRequest, retErr)

		return
	}

	// ensure schedule name is defined
	if input.GetName() == "" {
		util.HandleError(c, http.StatusBadRequest, fmt.Errorf("schedule name must be set"))

		return
	}

	l.Debugf("creating new schedule %s", input.GetName())

	schedule := new(api.Schedule)

	// update fields in schedule object
	schedule.SetCreatedBy(u.GetName())
	schedule.SetRepo(r)
	schedule.SetName(input.GetName())
	schedule.SetEntry(input.GetEntry())
	schedule.SetCreatedAt(time.Now().UTC().Unix())
	schedule.SetUpdatedAt(time.Now().UTC().Unix())
	schedule.SetUpdatedBy(u.GetName())

	if input.GetBranch() == "" {
		schedule.SetBranch(r.GetBranch())
	} else {
		schedule.SetBranch(input.GetBranch())
	}

	// set the active field based off the input provided
	if input.Active == nil {
		// default active field to true
		schedule.SetActive(true)
	} else {
		schedule.SetActive(input.GetActive())
	}

	// send API call to capture the schedule from the database
	// GetScheduleForRepo Where("repo_id = ?").Where("name = ?") Take; on error CreateSchedule; schedules UNIQUE(repo_id, name) (database/schedule/table.go:29, :50)
	dbSchedule, err := database.FromContext(c).GetScheduleForRepo(ctx, r, input.GetName()) // race
	if err == nil && dbSchedule.GetActive() {
		retErr := fmt.Errorf("unable to create schedule: %s is already active", input.GetName())

		util.HandleError(c, http.StatusConflict, retErr)

		return
	}

	if !r.GetActive() {
		retErr := fmt.Errorf("unable to create schedule: %s repo %s is disabled", input.GetName(), r.GetFullName())

		util.HandleError(c, http.StatusConflict, retErr)

		return
	}

	// if the schedule exists but is inactive
	if dbSchedule.GetID() != 0 && !dbSchedule.GetActive() && input.GetActive() {
		// update the user who created the schedule
		dbSchedule.SetUpdatedBy(u.GetName())
		// activate the schedule
		dbSchedule.SetActive(true)

		// send API call to update the schedule
		schedule, err = database.FromContext(c).UpdateSchedule(ctx, dbSchedule, true)
		if err != nil {
			retErr := fmt.Errorf("unable to set schedule %s to active: %w", dbSchedule.GetName(), err)

			util.HandleError(c, http.StatusInternalServerError, retErr)

			return
		}

		l.WithFields(logrus.Fields{
			"schedule":    schedule.GetName(),
			"schedule_id": schedule.GetID(),
		}).Infof("schedule %s updated - activated", schedule.GetName())
	} else {
		// send API call to create the schedule
		schedule, err = database.FromContext(c).CreateSchedule(ctx, schedule)
		if err != nil {
			retErr := fmt.Errorf("unable to create new schedule %s: %w", r.GetName(), err)

			util.HandleError(c, http.StatusInternalServerError, retErr)

			return
		}

		l.WithFields(logrus.Fields{
			"schedule":    schedule.GetName(),
			"schedule_id": schedule.GetID(),
		}).Infof("schedule %s created", schedule.GetName())
	}

	c.JSON(http.StatusCreated, schedule)
}
