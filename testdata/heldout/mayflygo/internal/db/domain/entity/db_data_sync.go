package entity

import (
	"example.com/heldout/mayflygo/pkg/model"
)

// DataSyncTask 数据同步 (server/internal/db/domain/entity/db_data_sync.go:9;
// t_db_data_sync_task; task_key is a fresh uuid on create). Trimmed to the
// basic fields.
type DataSyncTask struct {
	model.Model

	// 基本信息
	TaskName     string `json:"taskName" gorm:"not null;size:255;comment:任务名"`                       // 任务名
	TaskCron     string `json:"taskCron" gorm:"not null;size:50;comment:任务Cron表达式"`                  // 任务Cron表达式
	TaskKey      string `json:"taskKey" gorm:"size:100;comment:任务唯一标识"`                              // 任务唯一标识
	RecentState  int8   `json:"recentState" gorm:"not null;default:0;comment:最近执行状态 1成功 -1失败"`       // 最近执行状态 1成功 -1失败
	RunningState int8   `json:"runningState" gorm:"not null;default:2;comment:运行时状态 1运行中、2待运行、3已停止"` // 运行时状态 1运行中、2待运行、3已停止
}

func (d *DataSyncTask) TableName() string {
	return "t_db_data_sync_task"
}
