// Package job reproduces, trimmed, Dragonfly2 manager/job/sync_peers.go. The
// machinery task round-trip to the schedulers (createSyncPeers :152) is
// replaced by an injected function; the merge (mergePeers :194) is upstream's.
package job

import (
	"context"
	"errors"
	"sync"
	"time"

	"gorm.io/gorm"

	logger "example.com/heldout/dragonfly/internal/dflog"
	"example.com/heldout/dragonfly/manager/config"
	"example.com/heldout/dragonfly/manager/models"
	"example.com/heldout/dragonfly/pkg/idgen"
	pkgtypes "example.com/heldout/dragonfly/pkg/types"
	resource "example.com/heldout/dragonfly/scheduler/resource/standard"
)

// SyncPeers is an interface for sync peers.
type SyncPeers interface {
	// CreateSyncPeers creates sync peers job, and merge the sync peer results with the data
	// in the peer table in the database. It is a synchronous operation, and it will returns
	// an error if the sync peers job is failed.
	CreateSyncPeers(context.Context, []models.Scheduler) error

	// Serve started sync peers server.
	Serve()

	// Stop sync peers server.
	Stop()
}

// syncPeers is an implementation of SyncPeers.
type syncPeers struct {
	config *config.Config
	db     *gorm.DB
	mu     *sync.Mutex
	done   chan struct{}

	// send stands in for the machinery task sent to the scheduler's queue.
	send func(ctx context.Context, scheduler models.Scheduler) ([]*resource.Host, error)
}

// newSyncPeers returns a new SyncPeers.
func newSyncPeers(cfg *config.Config, gdb *gorm.DB) (SyncPeers, error) {
	return &syncPeers{
		config: cfg,
		db:     gdb,
		mu:     &sync.Mutex{},
		done:   make(chan struct{}),
	}, nil
}

// CreateSyncPeers creates sync peers job.
// Reproduces sync_peers.go:77; called by Serve (every Job.SyncPeers.Interval,
// default 24h, in every manager instance: job.Serve, manager.go:247) and by
// POST /api/v1/jobs type sync_peers (service.CreateSyncPeersJob, service/job.go:37).
func (s *syncPeers) CreateSyncPeers(ctx context.Context, schedulers []models.Scheduler) error {
	// Avoid running multiple sync peers jobs at the same time.
	if !s.mu.TryLock() {
		return errors.New("sync peers job is running")
	}
	defer s.mu.Unlock()

	// Send sync peer requests to all available schedulers, and merge the sync peer results
	// with the data in the peer table in the database.
	for _, scheduler := range schedulers {
		log := &logger.SugaredLoggerOnWith{}

		// Send sync peer request to scheduler.
		results, err := s.createSyncPeers(ctx, scheduler)
		if err != nil {
			log.Error(err)
			continue
		}

		// Merge sync peer results with the data in the peer table.
		s.mergePeers(ctx, scheduler, results, log)
	}

	return nil
}

// Serve started sync peers server.
func (s *syncPeers) Serve() {
	tick := time.NewTicker(s.config.Job.SyncPeers.Interval)
	defer tick.Stop()

	for {
		select {
		case <-tick.C:
			ctx, cancel := context.WithTimeout(context.Background(), s.config.Job.SyncPeers.Timeout)
			defer cancel()

			// Find all of the scheduler clusters that has active schedulers.
			var schedulerClusters []models.SchedulerCluster
			if err := s.db.WithContext(ctx).Find(&schedulerClusters).Error; err != nil {
				logger.Errorf("sync peers find scheduler clusters failed: %v", err)
			}

			// Find all of the schedulers that has active scheduler cluster.
			var schedulers []models.Scheduler
			for _, schedulerCluster := range schedulerClusters {
				var scheduler models.Scheduler
				if err := s.db.WithContext(ctx).Preload("SchedulerCluster").First(&scheduler, models.Scheduler{
					SchedulerClusterID: schedulerCluster.ID,
					State:              models.SchedulerStateActive,
				}).Error; err != nil {
					continue
				}

				schedulers = append(schedulers, scheduler)
			}

			if err := s.CreateSyncPeers(ctx, schedulers); err != nil {
				logger.Errorf("sync peers failed: %v", err)
			}
		case <-s.done:
			return
		}
	}
}

// Stop sync peers server.
func (s *syncPeers) Stop() {
	close(s.done)
}

// createSyncPeers creates sync peers (sync_peers.go:152, the machinery round-trip trimmed).
func (s *syncPeers) createSyncPeers(ctx context.Context, scheduler models.Scheduler) ([]*resource.Host, error) {
	return s.send(ctx, scheduler)
}

// Merge sync peer results with the data in the peer table.
// Reproduces sync_peers.go:194 (preload :202, map lookup :209, Save :243,
// CreateInBatches :279).
func (s *syncPeers) mergePeers(ctx context.Context, scheduler models.Scheduler, results []*resource.Host, log *logger.SugaredLoggerOnWith) {
	// Convert sync peer results from slice to map.
	syncPeers := make(map[string]*resource.Host, len(results))
	for _, result := range results {
		syncPeers[result.ID] = result
	}

	oldPeers := make([]*models.Peer, 0, s.config.Job.SyncPeers.BatchSize)
	// The peers of the cluster are preloaded in batches; every sync result not
	// matched by a preloaded row is inserted below. s.mu.TryLock only excludes
	// a second merge in the same process: two manager instances (their tickers,
	// or one ticker and a POST /api/v1/jobs on another instance) merge the same
	// cluster at once, both miss the new peers and both insert them; the
	// second CreateInBatches fails on uk_peer (host_name, ip,
	// scheduler_cluster_id, models/peer.go:29,33,46) and its whole batch is lost.
	if err := s.db.WithContext(ctx).Model(&models.Peer{}).Where("scheduler_cluster_id = ?", scheduler.SchedulerClusterID).FindInBatches(&oldPeers, s.config.Job.SyncPeers.BatchSize, func(tx *gorm.DB, batch int) error { // race
		peers := make([]*models.Peer, 0, s.config.Job.SyncPeers.BatchSize)
		for _, oldPeer := range oldPeers {
			// If the peer exists in the sync peer results, update the peer data in the database with
			// the sync peer results and delete the sync peer from the sync peers map.
			isSeedPeer := pkgtypes.ParseHostType(oldPeer.Type) != pkgtypes.HostTypeNormal
			id := idgen.HostIDV2(oldPeer.IP, oldPeer.Hostname, isSeedPeer)
			if syncPeer, ok := syncPeers[id]; ok {
				peers = append(peers, &models.Peer{
					Hostname:           syncPeer.Hostname,
					Type:               syncPeer.Type.Name(),
					IDC:                syncPeer.Network.IDC,
					Location:           syncPeer.Network.Location,
					IP:                 syncPeer.IP,
					Port:               syncPeer.Port,
					DownloadPort:       syncPeer.DownloadPort,
					ObjectStoragePort:  syncPeer.ObjectStoragePort,
					State:              models.PeerStateActive,
					OS:                 syncPeer.OS,
					Platform:           syncPeer.Platform,
					PlatformFamily:     syncPeer.PlatformFamily,
					PlatformVersion:    syncPeer.PlatformVersion,
					KernelVersion:      syncPeer.KernelVersion,
					GitVersion:         syncPeer.Build.GitVersion,
					GitCommit:          syncPeer.Build.GitCommit,
					BuildPlatform:      syncPeer.Build.Platform,
					SchedulerClusterID: uint(syncPeer.SchedulerClusterID),
				})

				// Delete the sync peer from the sync peers map.
				delete(syncPeers, id)
			} else {
				// If the peer does not exist in the sync peer results, delete the peer in the database.
				if err := tx.Unscoped().Delete(&models.Peer{}, oldPeer.ID).Error; err != nil {
					log.Error(err)
				}
			}
		}

		// Avoid save empty slice.
		if len(peers) > 0 {
			tx.Save(&peers)
		}

		return nil
	}).Error; err != nil {
		log.Error(err)
		return
	}

	// Insert the sync peers that do not exist in the database into the peer table.
	peers := make([]*models.Peer, 0, len(syncPeers))
	for _, syncPeer := range syncPeers {
		peers = append(peers, &models.Peer{
			Hostname:           syncPeer.Hostname,
			Type:               syncPeer.Type.Name(),
			IDC:                syncPeer.Network.IDC,
			Location:           syncPeer.Network.Location,
			IP:                 syncPeer.IP,
			Port:               syncPeer.Port,
			DownloadPort:       syncPeer.DownloadPort,
			ObjectStoragePort:  syncPeer.ObjectStoragePort,
			State:              models.PeerStateActive,
			OS:                 syncPeer.OS,
			Platform:           syncPeer.Platform,
			PlatformFamily:     syncPeer.PlatformFamily,
			PlatformVersion:    syncPeer.PlatformVersion,
			KernelVersion:      syncPeer.KernelVersion,
			GitVersion:         syncPeer.Build.GitVersion,
			GitCommit:          syncPeer.Build.GitCommit,
			BuildPlatform:      syncPeer.Build.Platform,
			SchedulerClusterID: uint(syncPeer.SchedulerClusterID),
		})
	}

	// Avoid save empty slice.
	if len(peers) > 0 {
		if err := s.db.WithContext(ctx).CreateInBatches(peers, len(peers)).Error; err != nil {
			log.Error(err)
		}
	}
}
