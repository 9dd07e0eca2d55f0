package database

import (
	"context"
	"fmt"
	"time"

	"gorm.io/gorm"

	"example.com/heldout/gogs/internal/errx"
	"example.com/heldout/gogs/internal/lfsx"
	"example.com/heldout/gogs/third_party/errors"
)

// LFSObject is the relation between an LFS object and a repository
// (internal/database/lfs.go:16).
type LFSObject struct {
	RepoID    int64        `gorm:"primaryKey;auto_increment:false"`
	OID       lfsx.OID     `gorm:"primaryKey;column:oid"`
	Size      int64        `gorm:"not null"`
	Storage   lfsx.Storage `gorm:"not null"`
	CreatedAt time.Time    `gorm:"not null"`
}

// LFSStore is the storage layer for LFS objects.
type LFSStore struct {
	db *gorm.DB
}

func newLFSStore(db *gorm.DB) *LFSStore {
	return &LFSStore{db: db}
}

// CreateObject creates an LFS object record in database
// (internal/database/lfs.go:34).
func (s *LFSStore) CreateObject(ctx context.Context, repoID int64, oid lfsx.OID, size int64, storage lfsx.Storage) error {
	object := &LFSObject{
		RepoID:  repoID,
		OID:     oid,
		Size:    size,
		Storage: storage,
	}
	return s.db.WithContext(ctx).Create(object).Error
}

type ErrLFSObjectNotExist struct {
	args errx.Args
}

func IsErrLFSObjectNotExist(err error) bool {
	return errors.As(err, &ErrLFSObjectNotExist{})
}

func (err ErrLFSObjectNotExist) Error() string {
	return fmt.Sprintf("LFS object does not exist: %v", err.args)
}

func (ErrLFSObjectNotExist) NotFound() bool {
	return true
}

// GetObjectByOID returns the LFS object with given OID. It returns
// ErrLFSObjectNotExist when not found (internal/database/lfs.go:62).
func (s *LFSStore) GetObjectByOID(ctx context.Context, repoID int64, oid lfsx.OID) (*LFSObject, error) {
	object := new(LFSObject)
	err := s.db.WithContext(ctx).Where("repo_id = ? AND oid = ?", repoID, oid).First(object).Error
	if err != nil {
		if errors.Is(err, gorm.ErrRecordNotFound) {
			return nil, ErrLFSObjectNotExist{args: errx.Args{"repoID": repoID, "oid": oid}}
		}
		return nil, err
	}
	return object, err
}
