package service

import (
	"context"
	"errors"
	"fmt"

	"example.com/heldout/dragonfly/manager/models"
	"example.com/heldout/dragonfly/manager/types"
	"example.com/heldout/dragonfly/pkg/structure"
)

// CreateSyncPeersJob reproduces manager/service/job.go:37 (POST /api/v1/jobs
// with type sync_peers, handlers/job.go:67); the merge is job.(*syncPeers).mergePeers.
func (s *service) CreateSyncPeersJob(ctx context.Context, json types.CreateSyncPeersJobRequest) error {
	schedulers, err := s.findSchedulerInClusters(ctx, json.SchedulerClusterIDs)
	if err != nil {
		return err
	}

	return s.job.SyncPeers.CreateSyncPeers(ctx, schedulers)
}

// findSchedulerInClusters reproduces manager/service/job.go:191.
func (s *service) findSchedulerInClusters(ctx context.Context, schedulerClusterIDs []uint) ([]models.Scheduler, error) {
	var activeSchedulers []models.Scheduler
	if len(schedulerClusterIDs) != 0 {
		// Find the scheduler clusters by request.
		for _, schedulerClusterID := range schedulerClusterIDs {
			schedulerCluster := models.SchedulerCluster{}
			if err := s.db.WithContext(ctx).First(&schedulerCluster, schedulerClusterID).Error; err != nil {
				return nil, fmt.Errorf("scheduler cluster id %d: %w", schedulerClusterID, err)
			}

			scheduler := models.Scheduler{}
			if err := s.db.WithContext(ctx).Preload("SchedulerCluster").First(&scheduler, models.Scheduler{
				SchedulerClusterID: schedulerCluster.ID,
				State:              models.SchedulerStateActive,
			}).Error; err != nil {
				return nil, fmt.Errorf("scheduler cluster id %d: %w", schedulerClusterID, err)
			}

			activeSchedulers = append(activeSchedulers, scheduler)
		}
	} else {
		// Find all of the scheduler clusters that has active scheduler.
		var schedulerClusters []models.SchedulerCluster
		if err := s.db.WithContext(ctx).Find(&schedulerClusters).Error; err != nil {
			return nil, err
		}

		for _, schedulerCluster := range schedulerClusters {
			scheduler := models.Scheduler{}
			if err := s.db.WithContext(ctx).Preload("SchedulerCluster").First(&scheduler, models.Scheduler{
				SchedulerClusterID: schedulerCluster.ID,
				State:              models.SchedulerStateActive,
			}).Error; err != nil {
				continue
			}

			activeSchedulers = append(activeSchedulers, scheduler)
		}
	}

	if len(activeSchedulers) == 0 {
		return nil, errors.New("active schedulers not found")
	}

	return activeSchedulers, nil
}

// CreateGetTaskJob reproduces manager/service/job.go:101 (lookups in
// findAllSchedulersInClusters :111 -> :238, Create :136); POST /api/v1/jobs
// with type get_task (router.go:214, handlers/job.go).
func (s *service) CreateGetTaskJob(ctx context.Context, json types.CreateGetTaskJobRequest) (*models.Job, error) {
	args, err := structure.StructToMap(json.Args)
	if err != nil {
		return nil, err
	}

	schedulers, err := s.findAllSchedulersInClusters(ctx, json.SchedulerClusterIDs) // safe: the lookups load the target clusters/schedulers (not found is an error); the job inserted below is a new row keyed on an auto-increment id with a freshly generated group UUID, and GORM writes its many2many links with ON CONFLICT DO NOTHING
	if err != nil {
		return nil, err
	}

	groupJobState, err := s.job.CreateGetTask(ctx, schedulers, json.Args)
	if err != nil {
		return nil, err
	}

	var schedulerClusters []models.SchedulerCluster
	for _, scheduler := range schedulers {
		schedulerClusters = append(schedulerClusters, scheduler.SchedulerCluster)
	}

	job := models.Job{
		TaskID:            groupJobState.GroupUUID,
		BIO:               json.BIO,
		Type:              json.Type,
		State:             groupJobState.State,
		Args:              args,
		UserID:            json.UserID,
		SchedulerClusters: schedulerClusters,
	}

	if err := s.db.WithContext(ctx).Create(&job).Error; err != nil {
		return nil, err
	}

	return &job, nil
}

func (s *service) findAllSchedulersInClusters(ctx context.Context, schedulerClusterIDs []uint) ([]models.Scheduler, error) {
	var activeSchedulers []models.Scheduler
	if len(schedulerClusterIDs) != 0 {
		// Find the scheduler clusters by request.
		for _, schedulerClusterID := range schedulerClusterIDs {
			schedulerCluster := models.SchedulerCluster{}
			if err := s.db.WithContext(ctx).First(&schedulerCluster, schedulerClusterID).Error; err != nil {
				return nil, fmt.Errorf("scheduler cluster id %d: %w", schedulerClusterID, err)
			}

			var schedulers []models.Scheduler
			if err := s.db.WithContext(ctx).Preload("SchedulerCluster").Find(&schedulers, models.Scheduler{
				SchedulerClusterID: schedulerCluster.ID,
				State:              models.SchedulerStateActive,
			}).Error; err != nil {
				return nil, fmt.Errorf("scheduler cluster id %d: %w", schedulerClusterID, err)
			}

			activeSchedulers = append(activeSchedulers, schedulers...)
		}
	} else {
		// Find all of the scheduler clusters that has active schedulers.
		var schedulerClusters []models.SchedulerCluster
		if err := s.db.WithContext(ctx).Find(&schedulerClusters).Error; err != nil {
			return nil, err
		}

		for _, schedulerCluster := range schedulerClusters {
			var schedulers []models.Scheduler
			if err := s.db.WithContext(ctx).Preload("SchedulerCluster").Find(&schedulers, models.Scheduler{
				SchedulerClusterID: schedulerCluster.ID,
				State:              models.SchedulerStateActive,
			}).Error; err != nil {
				continue
			}

			activeSchedulers = append(activeSchedulers, schedulers...)
		}
	}

	if len(activeSchedulers) == 0 {
		return nil, errors.New("active schedulers not found")
	}

	return activeSchedulers, nil
}
