package main

import (
	"context"
	"encoding/json"
	"log/slog"
	"sync"
	"sync/atomic"

	"example.com/heldout/indigo/cmd/tap/models"
	"gorm.io/gorm"
	"gorm.io/gorm/clause"
)

// EventManager reproduces cmd/tap/event_manager.go:16 (trimmed).
type EventManager struct {
	logger *slog.Logger
	db     *gorm.DB

	nextID atomic.Uint64

	cache   map[uint]*OutboxEvt
	cacheLk sync.RWMutex
}

type DBCallback = func(tx *gorm.DB) error

// WaitForReady reproduces cmd/tap/event_manager.go:53 (trimmed).
func (em *EventManager) WaitForReady(ctx context.Context) {}

// AddCommit reproduces cmd/tap/event_manager.go:162.
func (em *EventManager) AddCommit(ctx context.Context, commit *Commit, dbCallback DBCallback) error {
	if len(commit.Ops) == 0 {
		return updateRepoCommitMeta(em.db, commit)
	}

	evts := make([]*RecordEvt, 0, len(commit.Ops))

	for _, op := range commit.Ops {
		evt := &RecordEvt{
			Live:       true,
			Did:        commit.Did,
			Rev:        commit.Rev,
			Collection: op.Collection,
			Rkey:       op.Rkey,
			Action:     op.Action,
			Record:     op.Record,
			Cid:        op.Cid,
		}
		evts = append(evts, evt)
	}

	return em.AddRecordEvents(ctx, evts, true, func(tx *gorm.DB) error {
		if err := dbCallback(tx); err != nil {
			return err
		}

		return updateRepoCommitMeta(tx, commit)
	})
}

func updateRepoCommitMeta(dbOrTx *gorm.DB, commit *Commit) error {
	return dbOrTx.Model(&models.Repo{}).
		Where("did = ?", commit.Did).
		Updates(map[string]any{
			"rev":       commit.Rev,
			"prev_data": commit.DataCid,
		}).Error
}

// AddRecordEvents reproduces cmd/tap/event_manager.go:201 (record upsert
// :262-265; the outbox cache and pending channel are trimmed).
func (em *EventManager) AddRecordEvents(ctx context.Context, evts []*RecordEvt, live bool, dbCallback DBCallback) error {
	toPut := make([]*models.RepoRecord, 0, len(evts))
	toDel := make([]*models.RepoRecord, 0)
	dbEvts := make([]*models.OutboxBuffer, 0, len(evts))

	for _, evt := range evts {
		if evt.Action == "delete" {
			toDel = append(toDel, &models.RepoRecord{
				Did:        evt.Did,
				Collection: evt.Collection,
				Rkey:       evt.Rkey,
			})
		} else {
			toPut = append(toPut, &models.RepoRecord{
				Did:        evt.Did,
				Collection: evt.Collection,
				Rkey:       evt.Rkey,
				Cid:        evt.Cid,
			})
		}

		evtID := uint(em.nextID.Add(1))

		jsonData, err := evt.MarshalWithId(evtID)
		if err != nil {
			return err
		}

		dbEvts = append(dbEvts, &models.OutboxBuffer{
			ID:   evtID,
			Did:  evt.Did,
			Live: live,
			Data: string(jsonData),
		})
	}

	err := em.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		if err := dbCallback(tx); err != nil {
			return err
		}

		if len(toDel) > 0 {
			for _, op := range toDel {
				if err := tx.Delete(&models.RepoRecord{}, "did = ? AND collection = ? AND rkey = ?",
					op.Did, op.Collection, op.Rkey).Error; err != nil {
					return err
				}
			}
		}

		if len(toPut) > 0 {
			if err := tx.Clauses(clause.OnConflict{
				Columns:   []clause.Column{{Name: "did"}, {Name: "collection"}, {Name: "rkey"}},
				DoUpdates: clause.AssignmentColumns([]string{"cid"}),
			}).CreateInBatches(toPut, 100).Error; err != nil {
				return err
			}
		}

		if len(dbEvts) > 0 {
			if err := tx.CreateInBatches(dbEvts, 100).Error; err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return err
	}

	return nil
}

// AddIdentityEvent reproduces cmd/tap/event_manager.go:296 (cache trimmed).
func (em *EventManager) AddIdentityEvent(ctx context.Context, evt *IdentityEvt, dbCallback DBCallback) error {
	evtID := uint(em.nextID.Add(1))
	jsonData, err := evt.MarshalWithId(evtID)
	if err != nil {
		return err
	}

	if err := em.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		if err := dbCallback(tx); err != nil {
			return err
		}
		return tx.Create(&models.OutboxBuffer{
			ID:   evtID,
			Did:  evt.Did,
			Live: false,
			Data: string(jsonData),
		}).Error
	}); err != nil {
		return err
	}

	return nil
}

// addToResyncBuffer reproduces cmd/tap/event_manager.go:332.
func (em *EventManager) addToResyncBuffer(ctx context.Context, commit *Commit) error {
	jsonData, err := json.Marshal(commit)
	if err != nil {
		return err
	}
	return em.db.WithContext(ctx).Create(&models.ResyncBuffer{
		Did:  commit.Did,
		Data: string(jsonData),
	}).Error
}
