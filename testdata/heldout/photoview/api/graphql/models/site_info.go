package models

import (
	db_drivers "example.com/heldout/photoview/api/database/drivers"
	"github.com/pkg/errors"
	"gorm.io/gorm"
)

// SiteInfo is api/graphql/models/site_info.go:9: a single-row table with no
// primary key and no unique key at all.
type SiteInfo struct {
	InitialSetup         bool `gorm:"not null"`
	PeriodicScanInterval int  `gorm:"not null"`
	ConcurrentWorkers    int  `gorm:"not null"`
}

// TableName is api/graphql/models/site_info.go:15.
func (SiteInfo) TableName() string {
	return "site_info"
}

// DefaultSiteInfo is api/graphql/models/site_info.go:19.
func DefaultSiteInfo(db *gorm.DB) SiteInfo {
	defaultConcurrentWorkers := 3
	if db_drivers.SQLITE.MatchDatabase(db) {
		defaultConcurrentWorkers = 1
	}

	return SiteInfo{
		InitialSetup:         true,
		PeriodicScanInterval: 0,
		ConcurrentWorkers:    defaultConcurrentWorkers,
	}
}

// GetSiteInfo is api/graphql/models/site_info.go:33 (lookup :37, insert :44).
// Its first call is at start-up, api/server.go:62 InitializeScannerQueue
// (api/scanner/scanner_queue/queue.go:64), before the HTTP server starts
// (api/server.go:135), so the row exists before any concurrent caller.
// GetSiteInfo gets the site info row from the database, and creates it if it does not exist
func GetSiteInfo(db *gorm.DB) (*SiteInfo, error) {

	var siteInfo []*SiteInfo

	if err := db.Limit(1).Find(&siteInfo).Error; err != nil { // safe: the row is created single-threaded at start-up (server.go:62 InitializeScannerQueue -> GetSiteInfo, before ListenAndServe at :135); later callers always find it
		return nil, errors.Wrap(err, "get site info from database")
	}

	if len(siteInfo) == 0 {
		newSiteInfo := DefaultSiteInfo(db)

		if err := db.Create(&newSiteInfo).Error; err != nil {
			return nil, errors.Wrap(err, "initialize site_info")
		}

		return &newSiteInfo, nil
	} else {
		return siteInfo[0], nil
	}
}
