package object

import (
	"fmt"
	"strings"
	"time"

	"example.com/heldout/casnode/pkg/crontab"
)

// CronJob reproduces object/cron.go:13.
type CronJob struct {
	Id       string `json:"id"`
	BumpTime string `json:"bumpTime"`
	State    string `json:"state"`
}

// UpdateJob reproduces object/cron.go:19.
type UpdateJob struct {
	Id      string `json:"id"`
	JobId   string `json:"jobId"`
	State   string `json:"state"`
	Url     string `json:"url"`
	Content string `json:"content"`
}

var ctab *crontab.Crontab

func init() {
	ctab = crontab.New()
}

// schedulePost reproduces object/cron.go:33: run by the crontab in its own
// goroutine for each due job.
func schedulePost(postId string) {
	post := GetUpdateJob(postId)
	isUpdated, num := post.updateInfo()
	if isUpdated && num != 0 {
		fmt.Printf("Update forum info: %s, update num: %d\n", post.Id, num)
	}
}

// updateInfo reproduces object/cron.go:41 (the "hotInfo" branch; the
// "expireData" and "expireTopTopic" branches only update rows).
func (job *UpdateJob) updateInfo() (bool, int) {
	var num int
	switch job.Id {
	case "hotInfo":
		last := GetLastRecordId()
		latest := GetLatestSyncedRecordId()
		if last == latest {
			num = 0
		} else {
			UpdateLatestSyncedRecordId(last)
			updateNodeNum := UpdateHotNode(latest)

			num = updateNodeNum
		}
	}

	return true, num
}

// GetUpdateJob reproduces object/cron.go:71.
func GetUpdateJob(id string) *UpdateJob {
	posts := GetCronUpdateJobs()
	for _, v := range posts {
		if v.Id == id {
			return v
		}
	}
	return &UpdateJob{}
}

// GetJobs reproduces object/cron.go:81.
func GetJobs() []*CronJob {
	return GetCronJobs()
}

// GetUpdateJobs reproduces object/cron.go:85.
func GetUpdateJobs(jobId string) []*UpdateJob {
	posts := GetCronUpdateJobs()
	var jobs []*UpdateJob
	for _, v := range posts {
		if v.JobId == jobId {
			jobs = append(jobs, v)
		}
	}

	return jobs
}

func parseDumpTime(bumpTime string) (string, string) {
	tokens := strings.Split(bumpTime, ":")
	return tokens[0], tokens[1]
}

// refreshCronTasks reproduces object/cron.go:102.
func refreshCronTasks() bool {
	ctab.Clear()

	jobs := GetJobs()
	for _, job := range jobs {
		if job.State != "active" || job.BumpTime == "" {
			continue
		}

		hours, minutes := parseDumpTime(job.BumpTime)

		posts := GetUpdateJobs(job.Id)
		for _, post := range posts {
			if post.State != "active" {
				continue
			}

			schedule := fmt.Sprintf("%s %s * * *", minutes, hours)
			err := ctab.AddJob(schedule, schedulePost, post.Id)
			if err != nil {
				panic(err)
			}
		}
	}

	return true
}

func timerRoutine() {
	for range time.Tick(time.Second * 3600) {
		refreshCronTasks()
	}
}

// InitTimer reproduces object/cron.go:138, called by main at start-up (main.go:36).
func InitTimer() {
	refreshCronTasks()

	go timerRoutine()
}
