package main

import (
	"context"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"time"

	"example.com/heldout/indigo/cmd/tap/models"
	"gorm.io/gorm"
)

// Resyncer reproduces cmd/tap/resyncer.go:24 (trimmed).
type Resyncer struct {
	logger *slog.Logger
	db     *gorm.DB

	events *EventManager
	repos  *RepoManager

	claimJobMu sync.Mutex

	collectionFilters []string
}

// claimResyncJobOfState reproduces cmd/tap/resyncer.go:115: each repo is
// claimed by one worker with an atomic UPDATE ... RETURNING (state ->
// resyncing); claimJobMu is held by its caller claimResyncJob (:97-99),
// folded in here.
func (r *Resyncer) claimResyncJobOfState(ctx context.Context, state models.RepoState) (string, bool, error) {
	r.claimJobMu.Lock()
	defer r.claimJobMu.Unlock()

	var did string
	now := time.Now().Unix()
	result := r.db.WithContext(ctx).Raw(`
		UPDATE repos
		SET state = ?
		WHERE did = (
			SELECT did FROM repos
			WHERE state = ?
			AND (retry_after = 0 OR retry_after < ?)
			LIMIT 1
		)
		RETURNING did
		`, models.RepoStateResyncing, state, now).Scan(&did)
	if result.Error != nil {
		return "", false, result.Error
	}
	if result.RowsAffected == 0 {
		return "", false, nil
	}
	return did, true, nil
}

// repoEntry stands for one (path, cid) of the fetched repo's MST walk.
type repoEntry struct {
	Path string
	Cid  string
}

// doResync reproduces cmd/tap/resyncer.go:172 (preload :238, map lookup
// :274, writes :311 and :327 through AddRecordEvents; the repo fetch, CAR
// parsing and signature check are trimmed to a list of (path, cid) entries).
func (r *Resyncer) doResync(ctx context.Context, did string, rev string, entries []repoEntry) (bool, error) {
	var existingRecords []models.RepoRecord
	if err := r.db.WithContext(ctx).Find(&existingRecords, "did = ?", did).Error; err != nil { // safe: records missing from the preloaded map are written by AddRecordEvents as INSERT ... ON CONFLICT (did, collection, rkey) DO UPDATE SET cid on the repo_records primary key (event_manager.go:262-265); the repo is claimed by one resync worker at a time
		return false, fmt.Errorf("failed to load existing records: %w", err)
	}

	existingCids := make(map[string]string, len(existingRecords))
	for _, rec := range existingRecords {
		key := rec.Collection + "/" + rec.Rkey
		existingCids[key] = rec.Cid
	}
	r.logger.Info("pre-loaded existing records", "did", did, "count", len(existingCids))

	evtBatch := make([]*RecordEvt, 0, batchSize)

	for _, ent := range entries {
		recPath := ent.Path
		collStr, rkeyStr, _ := strings.Cut(recPath, "/")
		cidStr := ent.Cid

		existingCid, exists := existingCids[recPath]
		if exists && existingCid == cidStr {
			continue
		}

		action := "create"
		if exists {
			action = "update"
		}

		evt := &RecordEvt{
			Live:       false,
			Did:        did,
			Rev:        rev,
			Collection: collStr,
			Rkey:       rkeyStr,
			Action:     action,
			Cid:        cidStr,
		}
		evtBatch = append(evtBatch, evt)

		if len(evtBatch) >= batchSize {
			r.events.WaitForReady(ctx)
			if err := r.events.AddRecordEvents(ctx, evtBatch, false, func(tx *gorm.DB) error {
				return nil
			}); err != nil {
				r.logger.Error("failed to flush batch", "error", err, "did", did)
				return false, err
			}
			evtBatch = evtBatch[:0]
		}
	}

	if err := r.events.AddRecordEvents(ctx, evtBatch, false, func(tx *gorm.DB) error {
		return nil
	}); err != nil {
		return false, fmt.Errorf("failed to flush final batch: %w", err)
	}

	if err := r.db.WithContext(ctx).Model(&models.Repo{}).
		Where("did = ?", did).
		Updates(map[string]any{
			"state":       models.RepoStateActive,
			"rev":         rev,
			"error_msg":   "",
			"retry_count": 0,
		}).Error; err != nil {
		return false, err
	}

	return true, nil
}

const batchSize = 100
