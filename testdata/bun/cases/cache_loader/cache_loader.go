// A store behind per-area interfaces, implemented by types embedded as
// interfaces in one service struct, whose getters run their query in a
// loader handed to a cache (gotosocial's bundb over structr), and whose
// callers test an alias of sql.ErrNoRows kept in a package of plain
// database/sql (db.ErrNoEntries).
package cache_loader

import (
	"context"
	"errors"
	"fmt"

	"github.com/uptrace/bun"

	"example.com/buncases/cases/cache_loader/dberr"
)

type Tag struct {
	bun.BaseModel `bun:"table:tags"`
	ID            int64  `bun:"id,pk,autoincrement"`
	Name          string `bun:"name,unique"`
}

// Loader caches the rows its load gives, by key.
type Loader[T any] struct{}

// LoadOne gives the row load returns (a cache that never keeps one).
func (Loader[T]) LoadOne(key string, load func() (T, error)) (T, error) { return load() }

// TagStore is the tags' part of the store.
type TagStore interface {
	GetTagByName(ctx context.Context, name string) (*Tag, error)
	PutTag(ctx context.Context, t *Tag) error
}

type tagDB struct {
	db    *bun.DB
	cache Loader[*Tag]
}

func (t *tagDB) GetTagByName(ctx context.Context, name string) (*Tag, error) {
	return t.cache.LoadOne(name, func() (*Tag, error) {
		var tag Tag
		q := t.db.NewSelect().Model(&tag).Where("name = ?", name)
		if err := q.Scan(ctx); err != nil {
			return nil, err
		}
		return &tag, nil
	})
}

func (t *tagDB) PutTag(ctx context.Context, tag *Tag) error {
	_, err := t.db.NewInsert().Model(tag).Exec(ctx)
	return err
}

// Service is the store: one struct embedding each area's interface.
type Service struct {
	TagStore
}

// NewService returns the store over db.
func NewService(db *bun.DB) *Service { return &Service{TagStore: &tagDB{db: db}} }

// Hashtag returns the tag called name, creating it on first use.
func (s *Service) Hashtag(ctx context.Context, name string) (*Tag, error) {
	tag, err := s.GetTagByName(ctx, name)
	if err != nil && !errors.Is(err, dberr.ErrNoEntries) {
		return nil, fmt.Errorf("getting tag %s: %w", name, err)
	}
	if tag != nil {
		return tag, nil
	}
	tag = &Tag{Name: name}
	if err := s.PutTag(ctx, tag); err != nil {
		return nil, fmt.Errorf("putting tag %s: %w", name, err)
	}
	return tag, nil
}

// KeyPair is the one row of its table: its id is always 0.
type KeyPair struct {
	bun.BaseModel `bun:"table:key_pairs"`
	ID            int64  `bun:"id,pk"`
	Public        string `bun:"public"`
}

// errAlreadyExists is what the store's driver wrapper makes of a
// unique violation.
var errAlreadyExists = errors.New("already exists")

func readKeyPair(ctx context.Context, db *bun.DB) (*KeyPair, error) {
	kp := new(KeyPair)
	if err := db.NewSelect().Model(kp).Limit(1).Scan(ctx); err != nil {
		return nil, err
	}
	return kp, nil
}

// KeyPairOf is not reported: a lost insert goes back to the lookup
// (gotosocial's GetVAPIDKeyPair), and the row's fixed key makes the
// insert fail.
func KeyPairOf(ctx context.Context, db *bun.DB) (*KeyPair, error) {
	kp, err := readKeyPair(ctx, db)
	if err == nil {
		return kp, nil
	}
	if !errors.Is(err, dberr.ErrNoEntries) {
		return nil, err
	}
	kp = &KeyPair{Public: "generated"}
	if _, err := db.NewInsert().Model(kp).Exec(ctx); err != nil {
		if errors.Is(err, errAlreadyExists) {
			return readKeyPair(ctx, db)
		}
		return nil, err
	}
	return kp, nil
}
