// Package diskpersist reproduces, trimmed, indigo events/diskpersist (the
// library copy of the on-disk event log, with its log-file index in gorm).
package diskpersist

import (
	"fmt"
	"os"
	"path/filepath"
	"sync"

	"gorm.io/gorm"
)

// DiskPersistence reproduces events/diskpersist/diskpersist.go (trimmed).
type DiskPersistence struct {
	primaryDir string
	archiveDir string

	meta *gorm.DB

	logfi *os.File

	curSeq int64

	lk sync.Mutex
}

// DiskPersistOptions reproduces events/diskpersist/diskpersist.go (trimmed).
type DiskPersistOptions struct {
	EventsPerFile int64
}

// NewDiskPersistence reproduces events/diskpersist/diskpersist.go:95
// (resumeLog call :140; caches, pools and goroutines trimmed).
func NewDiskPersistence(primaryDir, archiveDir string, db *gorm.DB, opts *DiskPersistOptions) (*DiskPersistence, error) {
	if err := db.AutoMigrate(&LogFileRef{}); err != nil {
		return nil, fmt.Errorf("failed to set up database: %w", err)
	}

	dp := &DiskPersistence{
		meta:       db,
		primaryDir: primaryDir,
		archiveDir: archiveDir,
	}

	if err := dp.resumeLog(); err != nil {
		return nil, err
	}

	return dp, nil
}

// LogFileRef reproduces events/diskpersist/diskpersist.go:151 (only the
// gorm.Model id primary key).
type LogFileRef struct {
	gorm.Model
	Path     string
	Archived bool
	SeqStart int64
}

// resumeLog reproduces events/diskpersist/diskpersist.go:158 (lookup :160,
// initLogFile :166).
func (dp *DiskPersistence) resumeLog() error {
	var lfr LogFileRef
	if err := dp.meta.Order("seq_start desc").Limit(1).Find(&lfr).Error; err != nil { // safe: single-writer start-up path: only the NewDiskPersistence constructor calls it, once, before the flush goroutines start
		return err
	}

	if lfr.ID == 0 {
		// no files, start anew!
		return dp.initLogFile()
	}

	// 0 for the mode is fine since that is only used if O_CREAT is passed
	fi, err := os.OpenFile(filepath.Join(dp.primaryDir, lfr.Path), os.O_RDWR, 0)
	if err != nil {
		return err
	}

	seq, err := scanForLastSeq(fi, -1)
	if err != nil {
		return fmt.Errorf("failed to scan log file for last seqno: %w", err)
	}

	dp.curSeq = seq
	dp.logfi = fi

	return nil
}

// initLogFile reproduces events/diskpersist/diskpersist.go:186 (insert :197).
func (dp *DiskPersistence) initLogFile() error {
	if err := os.MkdirAll(dp.primaryDir, 0775); err != nil {
		return err
	}

	p := filepath.Join(dp.primaryDir, "evts-0")
	fi, err := os.Create(p)
	if err != nil {
		return err
	}

	if err := dp.meta.Create(&LogFileRef{
		Path:     "evts-0",
		SeqStart: 0,
	}).Error; err != nil {
		return err
	}

	dp.logfi = fi
	dp.curSeq = 1
	return nil
}

// scanForLastSeq: signature of the upstream helper; the scan is trimmed.
func scanForLastSeq(fi *os.File, end int64) (int64, error) {
	return -1, nil
}
