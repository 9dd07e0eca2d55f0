package worker

import (
	"time"

	log "example.com/heldout/gophish/logger"
	"example.com/heldout/gophish/models"
)

// DefaultWorker is the background worker that handles watching for new
// campaigns and sending emails appropriately (worker/worker.go:21; the
// mailer is trimmed).
type DefaultWorker struct{}

// processCampaigns loads maillogs scheduled to be sent before the provided
// time and sends them to the mailer (worker/worker.go:50).
func (w *DefaultWorker) processCampaigns(t time.Time) error {
	// worker.go:51: the lookup only selects rows to flag processing=true
	// (LockMailLogs, an UPDATE by primary key); processCampaigns runs on the
	// single ticker goroutine of Start.
	ms, err := models.GetQueuedMailLogs(t.UTC()) // safe: the lookup only guards an update (the processing flag); nothing is inserted, and Start runs it from one goroutine
	if err != nil {
		log.Error(err)
		return err
	}
	// Lock the MailLogs (they will be unlocked after processing)
	err = models.LockMailLogs(ms, true)
	if err != nil {
		return err
	}
	for _, m := range ms {
		_ = m
	}
	return nil
}

// Start launches the worker to poll the database every minute for any pending maillogs
// that need to be processed.
func (w *DefaultWorker) Start() {
	log.Info("Background Worker Started Successfully - Waiting for Campaigns")
	for t := range time.Tick(1 * time.Minute) {
		err := w.processCampaigns(t)
		if err != nil {
			log.Error(err)
			continue
		}
	}
}
