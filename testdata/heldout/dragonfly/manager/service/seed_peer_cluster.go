package service

import (
	"context"

	"example.com/heldout/dragonfly/manager/models"
)

// AddSchedulerClusterToSeedPeerCluster reproduces
// manager/service/seed_peer_cluster.go:127 (lookups :129, :134, Clear :138,
// Append :142); PUT /api/v1/seed-peer-clusters/:id/scheduler-clusters/:scheduler_cluster_id
// (router.go:179), and from CreateSchedulerCluster / UpdateSchedulerCluster.
func (s *service) AddSchedulerClusterToSeedPeerCluster(ctx context.Context, id, schedulerClusterID uint) error {
	seedPeerCluster := models.SeedPeerCluster{}
	// Both lookups only check that the two clusters exist (not found is an
	// error); the Append inserts into the many2many join table
	// seed_peer_cluster_scheduler_cluster, whose primary key is
	// (seed_peer_cluster_id, scheduler_cluster_id) and which GORM writes with
	// ON CONFLICT DO NOTHING.
	if err := s.db.WithContext(ctx).First(&seedPeerCluster, id).Error; err != nil { // safe: the lookups guard a join-table link; GORM's many2many Append is INSERT ... ON CONFLICT DO NOTHING on the join table's composite primary key
		return err
	}

	schedulerCluster := models.SchedulerCluster{}
	if err := s.db.WithContext(ctx).First(&schedulerCluster, schedulerClusterID).Error; err != nil {
		return err
	}

	if err := s.db.WithContext(ctx).Model(&schedulerCluster).Association("SeedPeerClusters").Clear(); err != nil {
		return err
	}

	if err := s.db.WithContext(ctx).Model(&seedPeerCluster).Association("SchedulerClusters").Append(&schedulerCluster); err != nil {
		return err
	}

	return nil
}
