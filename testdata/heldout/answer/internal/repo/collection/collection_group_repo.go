package collection

import (
	"context"

	"example.com/heldout/answer/internal/base/data"
	"example.com/heldout/answer/internal/base/reason"
	"example.com/heldout/answer/internal/entity"
	"example.com/heldout/answer/internal/schema"
	"example.com/heldout/answer/third_party/pacman/errors"
	"xorm.io/xorm"
)

// collectionGroupRepo reproduces internal/repo/collection/collection_group_repo.go:37.
// collectionGroupRepo collectionGroup repository
type collectionGroupRepo struct {
	data *data.Data
}

// NewCollectionGroupRepo reproduces internal/repo/collection/collection_group_repo.go:42.
// Returns the concrete type (upstream: collection.CollectionGroupRepo).
// NewCollectionGroupRepo new repository
func NewCollectionGroupRepo(data *data.Data) *collectionGroupRepo {
	return &collectionGroupRepo{
		data: data,
	}
}

// CreateDefaultGroupIfNotExist reproduces internal/repo/collection/collection_group_repo.go:74.
// CreateDefaultGroupIfNotExist create default group if not exist
func (cr *collectionGroupRepo) CreateDefaultGroupIfNotExist(ctx context.Context, userID string) (
	collectionGroup *entity.CollectionGroup, err error) {
	_, err = cr.data.DB.Transaction(func(session *xorm.Session) (result any, err error) {
		session = session.Context(ctx)
		old := &entity.CollectionGroup{
			UserID:       userID,
			DefaultGroup: schema.CGDefault,
		}
		// Not closed by the lock: FOR UPDATE locks nothing when no row matches (no unique key, no lock on the absent row; on MySQL REPEATABLE READ the gap locks turn the second insert into a deadlock error instead).
		exist, err := session.ForUpdate().Get(old) // race
		if err != nil {
			return nil, err
		}
		if exist {
			collectionGroup = old
			return old, nil
		}

		defaultGroup := &entity.CollectionGroup{
			Name:         "default",
			DefaultGroup: schema.CGDefault,
			UserID:       userID,
		}
		_, err = session.Insert(defaultGroup)
		if err != nil {
			return nil, err
		}
		collectionGroup = defaultGroup
		return nil, nil
	})
	if err != nil {
		return nil, errors.InternalServer(reason.DatabaseError).WithError(err).WithStack()
	}
	return collectionGroup, nil
}
