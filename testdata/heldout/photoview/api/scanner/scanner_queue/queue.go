// Package scanner_queue is api/scanner/scanner_queue/queue.go (notifications left out).
package scanner_queue

import (
	"context"
	"log"
	"sync"

	"example.com/heldout/photoview/api/graphql/models"
	"example.com/heldout/photoview/api/scanner"
	"example.com/heldout/photoview/api/scanner/scanner_cache"
	"example.com/heldout/photoview/api/scanner/scanner_task"
	"github.com/pkg/errors"
	"gorm.io/gorm"
)

// ScannerJob is api/scanner/scanner_queue/queue.go:24: a job on the queue to be
// run by the scanner over a single album.
type ScannerJob struct {
	ctx scanner_task.TaskContext
}

// Run is api/scanner/scanner_queue/queue.go:36.
func (job *ScannerJob) Run(db *gorm.DB) {
	err := scanner.ScanAlbum(job.ctx)
	if err != nil {
		log.Printf("Failed to scan album: %v", err)
	}
}

// ScannerQueueSettings is api/scanner/scanner_queue/queue.go:43.
type ScannerQueueSettings struct {
	max_concurrent_tasks int
}

// ScannerQueue is api/scanner/scanner_queue/queue.go:47.
type ScannerQueue struct {
	mutex       sync.Mutex
	idle_chan   chan bool
	in_progress []ScannerJob
	up_next     []ScannerJob
	db          *gorm.DB
	settings    ScannerQueueSettings
	close_chan  *chan bool
	running     bool
}

var global_scanner_queue ScannerQueue

// InitializeScannerQueue is api/scanner/scanner_queue/queue.go:60, called once
// from main (api/server.go:62) before the HTTP server starts.
func InitializeScannerQueue(db *gorm.DB) error {

	var concurrentWorkers int
	{
		site_info, err := models.GetSiteInfo(db)
		if err != nil {
			return errors.Wrap(err, "get current workers from database")
		}
		concurrentWorkers = site_info.ConcurrentWorkers
	}

	log.Printf("Initializing scanner queue with %d workers", concurrentWorkers)

	global_scanner_queue = ScannerQueue{
		idle_chan:   make(chan bool, 1),
		in_progress: make([]ScannerJob, 0),
		up_next:     make([]ScannerJob, 0),
		db:          db,
		settings:    ScannerQueueSettings{max_concurrent_tasks: concurrentWorkers},
		close_chan:  nil,
		running:     true,
	}

	go global_scanner_queue.startBackgroundWorker()

	return nil
}

// startBackgroundWorker is api/scanner/scanner_queue/queue.go:100.
func (queue *ScannerQueue) startBackgroundWorker() {
	for {
		<-queue.idle_chan

		queue.mutex.Lock()
		shouldStop := queue.close_chan != nil && len(queue.in_progress) == 0 && len(queue.up_next) == 0
		queue.running = false
		queue.mutex.Unlock()

		if shouldStop {
			*queue.close_chan <- true
			break
		}

		queue.processQueue()
	}
}

// processQueue is api/scanner/scanner_queue/queue.go:136: up to
// max_concurrent_tasks jobs run at once, each in its own goroutine.
func (queue *ScannerQueue) processQueue() {
	queue.mutex.Lock()
	maxJobs := queue.settings.max_concurrent_tasks

	for len(queue.in_progress) < maxJobs && len(queue.up_next) > 0 {
		nextJob := queue.up_next[0]
		queue.up_next = queue.up_next[1:]
		queue.in_progress = append(queue.in_progress, nextJob)

		go func() {
			nextJob.Run(queue.db)

			// Delete finished job from queue
			queue.mutex.Lock()
			for i, x := range queue.in_progress {
				if x == nextJob {
					queue.in_progress[i] = queue.in_progress[len(queue.in_progress)-1]
					queue.in_progress = queue.in_progress[0 : len(queue.in_progress)-1]
					break
				}
			}
			queue.mutex.Unlock()

			queue.notify()
		}()
	}

	queue.mutex.Unlock()
}

// notify is api/scanner/scanner_queue/queue.go:195.
// Notifies the queue that the jobs has changed
func (queue *ScannerQueue) notify() bool {
	select {
	case queue.idle_chan <- true:
		return true
	default:
		return false
	}
}

// AddAllToQueue is api/scanner/scanner_queue/queue.go:204 (GraphQL scanAll,
// resolvers/scanner.go:23, and the periodic scanner, periodic_scanner.go:161).
func AddAllToQueue() error {

	var users []*models.User
	result := global_scanner_queue.db.Find(&users)
	if result.Error != nil {
		return errors.Wrap(result.Error, "get all users from database")
	}

	for _, user := range users {
		if err := AddUserToQueue(user); err != nil {
			return errors.Wrapf(err, "failed to add user for scanning (%d)", user.ID)
		}
	}

	return nil
}

// AddUserToQueue is api/scanner/scanner_queue/queue.go:223. FindAlbumsForUser
// runs before queue.mutex is taken, so concurrent callers run it in parallel.
// AddUserToQueue finds all root albums owned by the given user and adds them to the scanner queue.
// Function does not block.
func AddUserToQueue(user *models.User) error {
	albumCache := scanner_cache.MakeAlbumCache()
	albums, album_errors := scanner.FindAlbumsForUser(global_scanner_queue.db, user, albumCache)
	for _, err := range album_errors {
		return errors.Wrapf(err, "find albums for user (user_id: %d)", user.ID)
	}

	global_scanner_queue.mutex.Lock()
	for _, album := range albums {
		global_scanner_queue.addJob(&ScannerJob{
			ctx: scanner_task.NewTaskContext(context.Background(), global_scanner_queue.db, album, albumCache),
		})
	}
	global_scanner_queue.mutex.Unlock()

	return nil
}

// addJob is api/scanner/scanner_queue/queue.go:242.
// Queue should be locked prior to calling this function
func (queue *ScannerQueue) addJob(job *ScannerJob) error {
	if exists, err := queue.jobOnQueue(job); exists || err != nil {
		return err
	}
	queue.up_next = append(queue.up_next, *job)
	queue.notify()

	return nil
}

// jobOnQueue is api/scanner/scanner_queue/queue.go:253: an album that is queued
// or running is not queued again.
// Queue should be locked prior to calling this function
func (queue *ScannerQueue) jobOnQueue(job *ScannerJob) (bool, error) {

	scannerJobs := append(queue.in_progress, queue.up_next...)

	for _, scannerJob := range scannerJobs {
		if scannerJob.ctx.GetAlbum().ID == job.ctx.GetAlbum().ID {
			return true, nil
		}
	}

	return false, nil
}
