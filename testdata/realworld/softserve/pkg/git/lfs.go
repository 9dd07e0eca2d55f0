// Package git is a reduced copy of pkg/git/lfs.go: the git-lfs-transfer
// (SSH) backend.
package git

import (
	"context"
	"errors"
	"fmt"
	"path"

	"example.com/realworld/softserve/pkg/config"
	"example.com/realworld/softserve/pkg/db"
	"example.com/realworld/softserve/pkg/lfs"
	"example.com/realworld/softserve/pkg/proto"
	"example.com/realworld/softserve/pkg/storage"
	"example.com/realworld/softserve/pkg/store"
	"example.com/realworld/softserve/third_party/log"
	"example.com/realworld/softserve/third_party/transfer"
)

// lfsTransfer implements transfer.Backend.
// pkg/git/lfs.go:26
type lfsTransfer struct {
	ctx     context.Context
	cfg     *config.Config
	dbx     *db.DB
	store   store.Store
	logger  *log.Logger
	storage *storage.LocalStorage
	repo    proto.Repository
}

// errInvalidOid is returned when a client sends a malformed object ID.
// pkg/git/lfs.go:45
var errInvalidOid = fmt.Errorf("invalid oid: %w", lfs.ErrInvalidOIDFormat)

// Batch implements transfer.Backend.
// pkg/git/lfs.go:99 (ssh `git-lfs-transfer REPO download|upload`,
// pkg/ssh/cmd/git.go:154 -> LFSTransfer :52 -> transfer.Processor batch command)
func (t *lfsTransfer) Batch(_ string, pointers []transfer.BatchItem, _ transfer.Args) ([]transfer.BatchItem, error) {
	for i := range pointers {
		p := transfer.Pointer{Oid: pointers[i].Oid, Size: pointers[i].Size}
		if !p.IsValid() {
			return pointers, errInvalidOid
		}
	}

	for i := range pointers {
		obj, err := t.store.GetLFSObjectByOid(t.ctx, t.dbx, t.repo.ID(), pointers[i].Oid) // race
		if err != nil && !errors.Is(err, db.ErrRecordNotFound) {
			return pointers, db.WrapError(err)
		}

		pointers[i].Present, err = t.storage.Exists(path.Join("objects", pointers[i].RelativePath()))
		if err != nil {
			return pointers, err
		}

		if pointers[i].Present && obj.ID == 0 {
			if err := t.store.CreateLFSObject(t.ctx, t.dbx, t.repo.ID(), pointers[i].Oid, pointers[i].Size); err != nil {
				return pointers, db.WrapError(err)
			}
		}
	}

	return pointers, nil
}
