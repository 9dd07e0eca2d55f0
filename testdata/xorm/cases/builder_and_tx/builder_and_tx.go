// Lookups in xorm's Engine.Transaction callback, keyed by builder.Eq
// conditions joined with And, whose found flag selects between an update
// and an insert after another call overwrote the lookup's error (Apache
// Answer's AddOrUpdateMetaByObjectIdAndKey).
package builder_and_tx

import (
	"context"
	"strings"

	"xorm.io/builder"
	"xorm.io/xorm"
)

// Meta is unique by (object_id, key).
type Meta struct {
	ID       int64  `xorm:"pk autoincr 'id'"`
	ObjectID string `xorm:"varchar(100) unique(object_key) 'object_id'"`
	Key      string `xorm:"varchar(100) unique(object_key) 'key'"`
	Value    string `xorm:"varchar(100) 'value'"`
}

// MetaRepo keeps the metas.
type MetaRepo struct{ DB *xorm.Engine }

// NewMetaRepo returns a repository over db.
func NewMetaRepo(db *xorm.Engine) *MetaRepo { return &MetaRepo{DB: db} }

// SetValue updates the meta when found, else inserts it: fixed.
func (r *MetaRepo) SetValue(ctx context.Context, objectID, key string) error {
	_, err := r.DB.Transaction(func(session *xorm.Session) (interface{}, error) {
		session = session.Context(ctx)
		entity := &Meta{}
		exist, err := session.Where(builder.Eq{"object_id": objectID}.And(builder.Eq{"`key`": key})).Get(entity)
		if err != nil {
			return nil, err
		}
		value, err := render(key)
		if err != nil {
			return nil, err
		}
		if exist {
			_, err = session.ID(entity.ID).Cols("value").Update(&Meta{Value: value})
		} else {
			_, err = session.Insert(&Meta{ObjectID: objectID, Key: key, Value: value})
		}
		return nil, err
	})
	return err
}

// AddOrUpdate lets its callback build the row: the insert's key is not
// visibly the lookup's, so it is reported and not fixed.
func (r *MetaRepo) AddOrUpdate(ctx context.Context, objectID, key string, f func(*Meta, bool) (*Meta, error)) error {
	_, err := r.DB.Transaction(func(session *xorm.Session) (interface{}, error) {
		entity := &Meta{}
		exist, err := session.Where(builder.Eq{"object_id": objectID}.And(builder.Eq{"`key`": key})).Get(entity)
		if err != nil {
			return nil, err
		}
		meta, err := f(entity, exist)
		if err != nil {
			return nil, err
		}
		if exist {
			_, err = session.ID(entity.ID).Update(meta)
		} else {
			_, err = session.Insert(meta)
		}
		return nil, err
	})
	return err
}

// Refresh overwrites the found flag (and the error) before testing it:
// the test says nothing of the lookup any more, and nothing is reported.
func (r *MetaRepo) Refresh(ctx context.Context, objectID, key string) error {
	_, err := r.DB.Transaction(func(session *xorm.Session) (interface{}, error) {
		entity := &Meta{}
		exist, err := session.Where(builder.Eq{"object_id": objectID}.And(builder.Eq{"`key`": key})).Get(entity)
		if err != nil {
			return nil, err
		}
		exist, err = strings.HasPrefix(key, "tmp-"), check(key)
		if err != nil {
			return nil, err
		}
		if !exist {
			_, err = session.Insert(&Meta{ObjectID: objectID, Key: key, Value: "stale"})
		}
		return nil, err
	})
	return err
}

// render is the value a key gets.
func render(key string) (string, error) { return "v:" + key, nil }

// check validates a key.
func check(key string) error { return nil }
