package object

// Reproduces the settings of object/conf.go used by the catalogued code.
var (
	DefaultUploadFileQuota = 50
	DefaultRenameQuota     = 3
	CreateTopicCost        = 20
	CreateReplyCost        = 5
	AutoSyncPeriodSecond   = -1 // auto sync is disabled if < 30 (object/conf.go:49)

	DefaultCronJobs = []*CronJob{
		{
			Id:       "updateExpiredData",
			BumpTime: "0:0",
			State:    "active",
		},
		{
			Id:       "updateHotInfo",
			BumpTime: "*/1:*",
			State:    "active",
		},
		{
			Id:       "expireData",
			BumpTime: "*/1:*",
			State:    "active",
		},
	}
	DefaultCronUpdates = []*UpdateJob{
		{
			Id:    "expireData",
			JobId: "updateExpiredData",
			State: "active",
		},
		{
			Id:    "hotInfo",
			JobId: "updateHotInfo",
			State: "active",
		},
		{
			Id:    "expireTopTopic",
			JobId: "expireData",
			State: "active",
		},
		{
			Id:    "expireOnlineMember",
			JobId: "expireData",
			State: "active",
		},
	}
)
