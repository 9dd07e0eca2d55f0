// Package database reproduces Dragonfly2 manager/database/database.go (migrate
// :86, seed :102) and the tail of newMysql (mysql.go:46) / newPostgres
// (postgres.go:30), which open GORM with
//
//	&gorm.Config{NamingStrategy: schema.NamingStrategy{SingularTable: true},
//	             DisableForeignKeyConstraintWhenMigrating: true, ...}
//
// then run migrate (AutoMigrate, when database.mysql.migrate /
// database.postgres.migrate is true, the default, config.go:421/429) and seed
// on every start of every manager instance. The tables (singular names:
// scheduler, seed_peer, peer, scheduler_cluster, seed_peer_cluster, user, ...)
// and their unique indexes come from the struct tags in manager/models.
package database

import (
	"errors"

	"gorm.io/gorm"
	"gorm.io/gorm/schema"

	"example.com/heldout/dragonfly/internal/dflog"
	"example.com/heldout/dragonfly/manager/config"
	"example.com/heldout/dragonfly/manager/models"
	"example.com/heldout/dragonfly/manager/types"
	schedulerconfig "example.com/heldout/dragonfly/scheduler/config"
)

const (
	// DefaultClusterName name for the cluster.
	DefaultClusterName = "cluster-1"
)

type Database struct {
	DB *gorm.DB
}

// gormConfig is the configuration newMysql and newPostgres pass to gorm.Open.
var gormConfig = &gorm.Config{
	NamingStrategy: schema.NamingStrategy{
		SingularTable: true,
	},
	DisableForeignKeyConstraintWhenMigrating: true,
}

// New reproduces the common tail of newMysql (mysql.go:74-86) and newPostgres
// (postgres.go:52-63) for an already opened connection.
func New(db *gorm.DB, migrateEnabled bool) (*Database, error) {
	// Run migration.
	if migrateEnabled {
		if err := migrate(db); err != nil {
			return nil, err
		}
	}

	// Run seed.
	if err := seed(db); err != nil {
		return nil, err
	}

	return &Database{DB: db}, nil
}

func migrate(db *gorm.DB) error {
	return db.AutoMigrate(
		&models.Job{},
		&models.SeedPeerCluster{},
		&models.SeedPeer{},
		&models.SchedulerCluster{},
		&models.Scheduler{},
		&models.User{},
		&models.Oauth{},
		&models.Config{},
		&models.Application{},
		&models.PersonalAccessToken{},
		&models.Peer{},
	)
}

// seed reproduces manager/database/database.go:102 (count :105, create :110;
// count :132, create :137, association :159).
func seed(db *gorm.DB) error {
	// Create default scheduler cluster.
	var schedulerClusterCount int64
	// Every manager instance runs this at start-up; nothing (no lock, no
	// transaction) serializes two instances starting together on an empty
	// database: both count 0 and both insert id 1 / "cluster-1", the second
	// fails on the primary key (and uk_scheduler_cluster_name) and New returns
	// the error, so that manager exits.
	if err := db.Model(models.SchedulerCluster{}).Count(&schedulerClusterCount).Error; err != nil { // race
		return err
	}

	if schedulerClusterCount <= 0 {
		if err := db.Create(&models.SchedulerCluster{
			BaseModel: models.BaseModel{
				ID: uint(1),
			},
			Name: DefaultClusterName,
			Config: map[string]any{
				"candidate_parent_limit": schedulerconfig.DefaultSchedulerCandidateParentLimit,
				"filter_parent_limit":    schedulerconfig.DefaultSchedulerFilterParentLimit,
				"job_rate_limit":         config.DefaultClusterJobRateLimit,
			},
			ClientConfig: map[string]any{
				"load_limit": schedulerconfig.DefaultPeerConcurrentUploadLimit,
			},
			Scopes:    map[string]any{},
			IsDefault: true,
		}).Error; err != nil {
			return err
		}
	}

	// Create default seed peer cluster.
	var seedPeerClusterCount int64
	// Same start-up count-then-create as the scheduler cluster above: two
	// instances both insert id 1 / "cluster-1" into seed_peer_cluster.
	if err := db.Model(models.SeedPeerCluster{}).Count(&seedPeerClusterCount).Error; err != nil { // race
		return err
	}

	if seedPeerClusterCount <= 0 {
		if err := db.Create(&models.SeedPeerCluster{
			BaseModel: models.BaseModel{
				ID: uint(1),
			},
			Name: DefaultClusterName,
			Config: map[string]any{
				"load_limit": schedulerconfig.DefaultSeedPeerConcurrentUploadLimit,
			},
		}).Error; err != nil {
			return err
		}

		seedPeerCluster := models.SeedPeerCluster{}
		if err := db.First(&seedPeerCluster).Error; err != nil {
			return err
		}

		schedulerCluster := models.SchedulerCluster{}
		if err := db.First(&schedulerCluster).Error; err != nil {
			return err
		}

		if err := db.Model(&seedPeerCluster).Association("SchedulerClusters").Append(&schedulerCluster); err != nil {
			return err
		}
	}

	// TODO Compatible with old version.
	// Update scheduler features when features is NULL.
	var schedulers []models.Scheduler
	if err := db.Model(models.Scheduler{}).Find(&schedulers).Error; err != nil {
		if errors.Is(err, gorm.ErrRecordNotFound) {
			return nil
		}

		return err
	}

	for _, scheduler := range schedulers {
		if scheduler.Features == nil {
			if err := db.Model(&scheduler).Update("features", models.Array(types.DefaultSchedulerFeatures)).Error; err != nil {
				dflog.Errorf("update scheduler %d features: %s", scheduler.ID, err.Error())
				continue
			}
		}
	}

	return nil
}
