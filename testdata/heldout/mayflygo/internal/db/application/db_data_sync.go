package application

import (
	"context"

	"example.com/heldout/mayflygo/internal/db/domain/entity"
	"example.com/heldout/mayflygo/internal/db/domain/repository"
	"example.com/heldout/mayflygo/pkg/base"
	"example.com/heldout/mayflygo/pkg/errorx"

	"github.com/google/uuid"
)

// server/internal/db/application/db_data_sync.go
type DataSyncTask interface {
	base.App[*entity.DataSyncTask]

	Save(ctx context.Context, instanceEntity *entity.DataSyncTask) error
}

var _ (DataSyncTask) = (*dataSyncAppImpl)(nil)

type dataSyncAppImpl struct {
	base.AppImpl[*entity.DataSyncTask, repository.DataSyncTask]
}

// Save (db_data_sync.go:67): POST /datasync/tasks (api/db_data_sync.go:77).
func (app *dataSyncAppImpl) Save(ctx context.Context, taskEntity *entity.DataSyncTask) error {
	var err error
	if taskEntity.Id == 0 {
		// 新建时生成key
		taskEntity.TaskKey = uuid.New().String()
		err = app.Insert(ctx, taskEntity)
	} else {
		if taskEntity.TaskKey == "" {
			task, err := app.GetById(taskEntity.Id) // safe: the id lookup only guards UpdateById; a new task is inserted with a fresh uuid key and no lookup
			if err != nil {
				return errorx.NewBiz("db sync task not found")
			}
			taskEntity.TaskKey = task.TaskKey
		}
		err = app.UpdateById(ctx, taskEntity)
	}
	if err != nil {
		return err
	}

	app.addCronJob(ctx, taskEntity)
	return nil
}

// addCronJob (trimmed: registers the task with the scheduler)
func (app *dataSyncAppImpl) addCronJob(ctx context.Context, taskEntity *entity.DataSyncTask) {}
