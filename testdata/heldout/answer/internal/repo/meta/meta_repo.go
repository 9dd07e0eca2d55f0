package meta

import (
	"context"

	"example.com/heldout/answer/internal/base/data"
	"example.com/heldout/answer/internal/base/reason"
	"example.com/heldout/answer/internal/entity"
	"example.com/heldout/answer/third_party/pacman/errors"
	"xorm.io/builder"
	"xorm.io/xorm"
)

// metaRepo reproduces internal/repo/meta/meta_repo.go:35.
// metaRepo meta repository
type metaRepo struct {
	data *data.Data
}

// NewMetaRepo reproduces internal/repo/meta/meta_repo.go:40.
// Returns the concrete type (upstream: metacommon.MetaRepo).
// NewMetaRepo new repository
func NewMetaRepo(data *data.Data) *metaRepo {
	return &metaRepo{
		data: data,
	}
}

// AddMeta reproduces internal/repo/meta/meta_repo.go:47.
// AddMeta add meta
func (mr *metaRepo) AddMeta(ctx context.Context, meta *entity.Meta) (err error) {
	_, err = mr.data.DB.Context(ctx).Insert(meta)
	if err != nil {
		err = errors.InternalServer(reason.DatabaseError).WithError(err).WithStack()
	}
	return
}

// AddOrUpdateMetaByObjectIdAndKey reproduces internal/repo/meta/meta_repo.go:74.
// AddOrUpdateMetaByObjectIdAndKey if exist record with same objectID and key, update it. Or create a new one
func (mr *metaRepo) AddOrUpdateMetaByObjectIdAndKey(ctx context.Context, objectId, key string, f func(*entity.Meta, bool) (*entity.Meta, error)) error {
	_, err := mr.data.DB.Transaction(func(session *xorm.Session) (interface{}, error) {
		session = session.Context(ctx)

		// 1. acquire meta entity with target object id and key
		metaEntity := &entity.Meta{}
		// Not closed by the lock: FOR UPDATE locks nothing when no row matches (no unique key, no lock on the absent row; on MySQL REPEATABLE READ the gap locks turn the second insert into a deadlock error instead).
		exist, err := session.Where(builder.Eq{"object_id": objectId}.And(builder.Eq{"`key`": key})).ForUpdate().Get(metaEntity) // race
		if err != nil {
			return nil, err
		}

		meta, err := f(metaEntity, exist)
		if err != nil {
			return nil, err
		}

		// return entity.Meta
		if exist {
			_, err = session.ID(metaEntity.ID).Update(meta)
		} else {
			_, err = session.Insert(meta)
		}

		return nil, err
	})
	return err
}
