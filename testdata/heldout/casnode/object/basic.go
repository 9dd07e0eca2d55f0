package object

import (
	"encoding/json"
	"fmt"

	"example.com/heldout/casnode/util"
)

// BasicInfo reproduces object/basic.go:28: a key/value table keyed on the
// primary key id ("HighestOnlineNum", "CronJobs", "CronUpdateJobs",
// "LatestSyncedRecordId").
type BasicInfo struct {
	Id    string `xorm:"varchar(100) notnull pk"`
	Value string `xorm:"mediumtext"`
}

var (
	onlineMemberNum, highestOnlineNum int
)

// InitForumBasicInfo reproduces object/basic.go:38, called by main (main.go:34)
// before the HTTP server starts.
func InitForumBasicInfo() {
	GetHighestOnlineNum()
	UpdateOnlineMemberNum()
	if AutoSyncPeriodSecond >= 30 {
		fmt.Println("Auto sync from google group enabled.")
		go AutoSyncGoogleGroup()
		fmt.Println("Auto sync from gitter room enabled.")
		go AutoSyncGitter()
	} else {
		fmt.Println("Auto sync from google group disabled.")
		fmt.Println("Auto sync from gitter room disabled.")
	}
}

// GetHighestOnlineNum reproduces object/basic.go:80 (lookup :86, insert :100).
// Also called by GET /api/get-online-num (controllers/info.go:77).
func GetHighestOnlineNum() int {
	if highestOnlineNum != 0 {
		return highestOnlineNum
	}

	info := BasicInfo{Id: "HighestOnlineNum"}
	existed, err := adapter.Engine.Get(&info) // safe: first run at start-up (main -> InitForumBasicInfo, main.go:34) before beego.Run serves any request, so the row exists before concurrent callers; basic_info.id is the primary key
	if err != nil {
		panic(err)
	}

	if existed {
		highestOnlineNum = util.ParseInt(info.Value)
		return highestOnlineNum
	} else {
		info := BasicInfo{
			Id:    "HighestOnlineNum",
			Value: "0",
		}

		_, err := adapter.Engine.Insert(&info)
		if err != nil {
			panic(err)
		}

		return 0
	}
}

// UpdateHighestOnlineNum reproduces object/basic.go:109.
func UpdateHighestOnlineNum(num int) bool {
	highestOnlineNum = num
	info := new(BasicInfo)
	info.Value = util.IntToString(num)
	affected, err := adapter.Engine.Where("id = ?", "HighestOnlineNum").Cols("value").Update(info)
	if err != nil {
		panic(err)
	}

	return affected != 0
}

// GetCronJobs reproduces object/basic.go:121 (lookup :123, insert :145).
// Only caller: GetJobs (cron.go:81) <- refreshCronTasks (cron.go:102) <-
// InitTimer at start-up (main.go:36) and the hourly timerRoutine goroutine.
func GetCronJobs() []*CronJob {
	info := BasicInfo{Id: "CronJobs"}
	existed, err := adapter.Engine.Get(&info) // safe: only reached from refreshCronTasks, first at start-up (main -> InitTimer) before serving, then from the single hourly timerRoutine goroutine; basic_info.id is the primary key
	if err != nil {
		panic(err)
	}

	if existed {
		var jobs []*CronJob
		err := json.Unmarshal([]byte(info.Value), &jobs)
		if err != nil {
			panic(err)
		}
		return jobs
	} else {
		jobs, err := json.Marshal(DefaultCronJobs)
		if err != nil {
			panic(err)
		}
		info := BasicInfo{
			Id:    "CronJobs",
			Value: string(jobs),
		}

		_, err = adapter.Engine.Insert(&info)
		if err != nil {
			panic(err)
		}

		return DefaultCronJobs
	}
}

// GetCronUpdateJobs reproduces object/basic.go:154 (lookup :156, insert :178).
// Callers: GetUpdateJobs (cron.go:85, from refreshCronTasks at start-up) and
// GetUpdateJob (cron.go:71, from the cron job goroutines).
func GetCronUpdateJobs() []*UpdateJob {
	info := BasicInfo{Id: "CronUpdateJobs"}
	existed, err := adapter.Engine.Get(&info) // safe: first run at start-up (main -> InitTimer -> refreshCronTasks -> GetUpdateJobs; the default jobs are all active) before the cron goroutines are scheduled or requests served; basic_info.id is the primary key
	if err != nil {
		panic(err)
	}

	if existed {
		var posts []*UpdateJob
		err := json.Unmarshal([]byte(info.Value), &posts)
		if err != nil {
			panic(err)
		}
		return posts
	} else {
		posts, err := json.Marshal(DefaultCronUpdates)
		if err != nil {
			panic(err)
		}
		info := BasicInfo{
			Id:    "CronUpdateJobs",
			Value: string(posts),
		}

		_, err = adapter.Engine.Insert(&info)
		if err != nil {
			panic(err)
		}

		return DefaultCronUpdates
	}
}

// GetLatestSyncedRecordId reproduces object/basic.go:187 (lookup :189, insert
// :202). Not called at start-up: its callers are the "hotInfo" cron job
// (cron.go:54, run every minute in a crontab goroutine) and the
// unauthenticated POST /api/update-hot-info (controllers/hot.go:43).
func GetLatestSyncedRecordId() int {
	info := BasicInfo{Id: "LatestSyncedRecordId"}
	// Until the row exists, the cron job and a request (or two requests) both
	// miss it and both insert; the loser panics on the basic_info primary key.
	existed, err := adapter.Engine.Get(&info) // race
	if err != nil {
		panic(err)
	}

	if existed {
		return util.ParseInt(info.Value)
	} else {
		info := BasicInfo{
			Id:    "LatestSyncedRecordId",
			Value: "0",
		}

		_, err := adapter.Engine.Insert(&info)
		if err != nil {
			panic(err)
		}

		return 0
	}
}

// UpdateLatestSyncedRecordId reproduces object/basic.go:211.
func UpdateLatestSyncedRecordId(id int) bool {
	info := new(BasicInfo)
	info.Value = util.IntToString(id)
	affected, err := adapter.Engine.Where("id = ?", "LatestSyncedRecordId").Cols("value").Update(info)
	if err != nil {
		panic(err)
	}

	return affected != 0
}

// GetOnlineMemberNum reproduces object/basic.go:223.
func GetOnlineMemberNum() int {
	if onlineMemberNum == 0 {
		UpdateOnlineMemberNum()
		return onlineMemberNum
	}
	if onlineMemberNum > highestOnlineNum {
		UpdateHighestOnlineNum(onlineMemberNum)
	}
	return onlineMemberNum
}

// UpdateOnlineMemberNum reproduces object/basic.go:235.
func UpdateOnlineMemberNum() {
	onlineMemberNum = GetOnlineUserCount()
	if onlineMemberNum > highestOnlineNum {
		UpdateHighestOnlineNum(onlineMemberNum)
	}
}
