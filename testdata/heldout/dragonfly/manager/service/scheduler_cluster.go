package service

import (
	"context"
	"errors"

	"example.com/heldout/dragonfly/manager/models"
	"example.com/heldout/dragonfly/manager/types"
	"example.com/heldout/dragonfly/pkg/structure"
)

// DestroySchedulerCluster reproduces manager/service/scheduler_cluster.go:66
// (lookup :68, delete :76); DELETE /api/v1/scheduler-clusters/:id (router.go:153).
func (s *service) DestroySchedulerCluster(ctx context.Context, id uint) error {
	schedulerCluster := models.SchedulerCluster{}
	if err := s.db.WithContext(ctx).Preload("Schedulers").First(&schedulerCluster, id).Error; err != nil { // safe: the lookup only guards a delete
		return err
	}

	if len(schedulerCluster.Schedulers) != 0 {
		return errors.New("scheduler cluster exists scheduler")
	}

	if err := s.db.WithContext(ctx).Unscoped().Delete(&models.SchedulerCluster{}, id).Error; err != nil {
		return err
	}

	return nil
}

// UpdateSchedulerCluster reproduces manager/service/scheduler_cluster.go:83
// (First(...).Updates :112, is_default Update :125, link :131);
// PATCH /api/v1/scheduler-clusters/:id (router.go:154).
func (s *service) UpdateSchedulerCluster(ctx context.Context, id uint, json types.UpdateSchedulerClusterRequest) (*models.SchedulerCluster, error) {
	var (
		config map[string]any
		err    error
	)
	if json.Config != nil {
		config, err = structure.StructToMap(json.Config)
		if err != nil {
			return nil, err
		}
	}

	var clientConfig map[string]any
	if json.ClientConfig != nil {
		clientConfig, err = structure.StructToMap(json.ClientConfig)
		if err != nil {
			return nil, err
		}
	}

	var scopes map[string]any
	if json.Scopes != nil {
		scopes, err = structure.StructToMap(json.Scopes)
		if err != nil {
			return nil, err
		}
	}

	schedulerCluster := models.SchedulerCluster{}
	if err := s.db.WithContext(ctx).First(&schedulerCluster, id).Updates(models.SchedulerCluster{ // safe: First(...).Updates by primary key: the lookup only guards an update, not found is an error
		Name:         json.Name,
		BIO:          json.BIO,
		Config:       config,
		ClientConfig: clientConfig,
		Scopes:       scopes,
	}).Error; err != nil {
		return nil, err
	}

	// Updates does not accept bool as false.
	// Refer to https://stackoverflow.com/questions/56653423/gorm-doesnt-update-boolean-field-to-false.
	if json.IsDefault != schedulerCluster.IsDefault {
		if err := s.db.WithContext(ctx).First(&schedulerCluster, id).Update("is_default", json.IsDefault).Error; err != nil {
			return nil, err
		}
	}

	if json.SeedPeerClusterID > 0 {
		if err := s.AddSchedulerClusterToSeedPeerCluster(ctx, json.SeedPeerClusterID, schedulerCluster.ID); err != nil {
			return nil, err
		}
	}

	return &schedulerCluster, nil
}
