// Package constants reproduces mlogclub/bbs-go 35f4190d73eb internal/models/constants.
package constants

// Entity types, internal/models/constants/constants.go:84.
const (
	EntityArticle = "article"
	EntityTopic   = "topic"
	EntityComment = "comment"
	EntityTask    = "task"
)

// TaskPeriod is internal/models/constants/constants.go:123.
type TaskPeriod int

// TaskPeriodLifetime is internal/models/constants/constants.go:126.
const (
	TaskPeriodLifetime TaskPeriod = 0 // 一次性/终身
	TaskPeriodDaily    TaskPeriod = 1 // 每日
	TaskPeriodWeekly   TaskPeriod = 2 // 每周
	TaskPeriodMonthly  TaskPeriod = 3 // 每月
	TaskPeriodYearly   TaskPeriod = 4 // 每年
)

// RoleOwner is internal/models/constants/constants.go:135.
const (
	RoleOwner = "owner" // 站长
)

// StatusOk is internal/models/constants/constants.go:149.
const (
	StatusOk      = 0 // 正常
	StatusDeleted = 1 // 删除
)

// ThirdType is internal/models/constants/constants.go:225.
type ThirdType string

// Third types, internal/models/constants/constants.go:228.
const (
	ThirdTypeWeixin ThirdType = "weixin"
	ThirdTypeGoogle ThirdType = "google"
	ThirdTypeGithub ThirdType = "github"
)

// Follow status, internal/models/constants/constants.go:235.
const (
	FollowStatusFollow = 1
	FollowStatusBoth   = 2
)
