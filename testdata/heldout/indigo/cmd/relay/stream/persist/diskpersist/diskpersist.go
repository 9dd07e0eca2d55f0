// Package diskpersist reproduces, trimmed, indigo
// cmd/relay/stream/persist/diskpersist (the relay's on-disk event log, with
// its log-file index in gorm).
package diskpersist

import (
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"sync"

	"gorm.io/gorm"
)

// DiskPersistence reproduces diskpersist.go:27 (trimmed).
type DiskPersistence struct {
	primaryDir string
	archiveDir string

	meta *gorm.DB

	logfi *os.File

	curSeq     int64
	initialSeq int64

	log *slog.Logger

	lk sync.Mutex
}

// DiskPersistOptions reproduces diskpersist.go:75 (trimmed).
type DiskPersistOptions struct {
	// floor for output sequence number; will initialize to this value, or jump last seq forward if needed
	InitialSeq int64

	Logger *slog.Logger
}

// NewDiskPersistence reproduces diskpersist.go:103 (resumeLog call :159;
// caches, pools and the flush / GC goroutines trimmed). Called once at
// start-up by cmd/relay/main.go:345.
func NewDiskPersistence(primaryDir, archiveDir string, db *gorm.DB, opts *DiskPersistOptions) (*DiskPersistence, error) {
	if err := db.AutoMigrate(&LogFileRef{}); err != nil {
		return nil, fmt.Errorf("failed to set up database: %w", err)
	}

	if opts.InitialSeq <= 0 {
		return nil, fmt.Errorf("negative or zero initial seq: %d", opts.InitialSeq)
	}

	dp := &DiskPersistence{
		meta:       db,
		primaryDir: primaryDir,
		archiveDir: archiveDir,
		log:        opts.Logger,
		initialSeq: opts.InitialSeq,
	}
	if dp.log == nil {
		dp.log = slog.Default().With("system", "diskpersist")
	}

	if err := dp.resumeLog(); err != nil {
		return nil, err
	}

	return dp, nil
}

// LogFileRef reproduces diskpersist.go:170 (only the gorm.Model id primary
// key; no unique column).
type LogFileRef struct {
	gorm.Model
	Path     string
	Archived bool
	SeqStart int64
}

// resumeLog reproduces diskpersist.go:181 (lookup :183, initLogFile :189).
func (dp *DiskPersistence) resumeLog() error {
	var lfr LogFileRef
	if err := dp.meta.Order("seq_start desc").Limit(1).Find(&lfr).Error; err != nil { // safe: single-writer start-up path: only NewDiskPersistence calls it, once per process, before the flush goroutines start; the log files live in this process's own persist dir
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

	if seq == -1 {
		// The log file is empty, use its starting sequence
		seq = lfr.SeqStart
		if seq == 0 {
			// First file, and no records in it: use the initial sequence number instead
			seq = dp.initialSeq
		}
	} else {
		// Restart at the last item plus one
		seq++
	}

	if seq < dp.initialSeq {
		dp.log.Warn("forcing higher seq", "found", seq, "initialSeq", dp.initialSeq)
		seq = dp.initialSeq
	}

	dp.curSeq = seq
	dp.logfi = fi

	return nil
}

// initLogFile reproduces diskpersist.go:229 (insert :240).
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
		SeqStart: 0, // NOTE: not dp.initialSeq
	}).Error; err != nil {
		return err
	}

	dp.logfi = fi
	dp.curSeq = dp.initialSeq
	return nil
}

// scanForLastSeq reproduces the signature of diskpersist.go:279 (the scan
// of event headers is trimmed).
func scanForLastSeq(fi *os.File, end int64) (int64, error) {
	return -1, nil
}
