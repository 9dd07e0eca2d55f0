// xorm behind a repository that returns the row, whether it exists, and
// the error ((info *Tag, exist bool, err error)), as many xorm services
// write their repositories; the service tests exist, then adds.
package repo_exist_xorm

import (
	"context"
	"errors"

	"xorm.io/xorm"
)

type Tag struct {
	ID       int64  `xorm:"pk autoincr 'id'"`
	SlugName string `xorm:"varchar(35) unique 'slug_name'"`
	Name     string
}

type tagRepo struct{ db *xorm.Engine }

// GetBySlug returns the tag, whether it exists, and the error.
func (r *tagRepo) GetBySlug(ctx context.Context, slug string) (info *Tag, exist bool, err error) {
	info = &Tag{}
	exist, err = r.db.Context(ctx).Where("slug_name = ?", slug).Get(info)
	if err != nil {
		return nil, false, err
	}
	return info, exist, nil
}

// Add inserts the tag.
func (r *tagRepo) Add(ctx context.Context, t *Tag) error {
	_, err := r.db.Context(ctx).Insert(t)
	return err
}

// ErrTagExists is the found path's answer.
var ErrTagExists = errors.New("tag exists")

// TagService is the service over the repository.
type TagService struct{ DB *xorm.Engine }

// AddTag refuses an existing slug, else adds the tag.
func (s *TagService) AddTag(ctx context.Context, slug, name string) error {
	repo := &tagRepo{db: s.DB}
	_, exist, err := repo.GetBySlug(ctx, slug)
	if err != nil {
		return err
	}
	if exist {
		return ErrTagExists
	}
	return repo.Add(ctx, &Tag{SlugName: slug, Name: name})
}
