package autoTask

import (
	"example.com/heldout/yearning/src/handler/common"
	"example.com/heldout/yearning/src/i18n"
	"example.com/heldout/yearning/src/model"
	"github.com/google/uuid"
)

const (
	QUERY_EXPR = "`name` =? and source = ? and `table` =? and data_base =? and tp =?"
)

type fetchAutoTask struct {
	Task model.CoreAutoTask `json:"task"`
	Tp   string             `json:"tp"`
	Page int                ` json:"page"`
	Find common.Search      `json:"find"`
	Resp common.Resp        `json:"resp"`
}

// CURD reproduces src/handler/manage/autoTask/impl.go:22.
func (task *fetchAutoTask) CURD() {
	// safe: no lookup — branches on the client-supplied task_id; the insert gets a fresh uuid task_id
	if task.Task.TaskId == "" {
		task.Task.TaskId = uuid.New().String()
		model.DB().Model(model.CoreAutoTask{}).Create(&task.Task)
		task.Resp = common.SuccessPayLoadToMessage(i18n.DefaultLang.Load(i18n.CREATE_MESSAGE_SUCCESS))
	} else {
		model.DB().Model(model.CoreAutoTask{}).Where("task_id =?", task.Task.TaskId).Updates(task.Task)
		task.Resp = common.SuccessPayLoadToMessage(i18n.DefaultLang.Load(i18n.EDIT_MESSAGE_SUCCESS))
	}
}

func (task *fetchAutoTask) Activation() {
	model.DB().Model(model.CoreAutoTask{}).Where("id =?", task.Task.ID).Update("status", task.Task.Status)
	task.Resp = common.SuccessPayLoadToMessage(i18n.DefaultLang.Load(i18n.EDIT_MESSAGE_ACTIVE))
}
