// Package repositories reproduces mlogclub/bbs-go 35f4190d73eb internal/repositories.
package repositories

import (
	"errors"
	"strings"

	"example.com/realworld/bbsgo/internal/models"
	"example.com/realworld/bbsgo/internal/models/constants"
	"example.com/realworld/bbsgo/internal/pkg/locales"
	"example.com/realworld/bbsgo/third_party/simple/common/dates"
	"gorm.io/gorm"
)

// TagRepository is internal/repositories/tag_repository.go:18.
var TagRepository = newTagRepository()

// newTagRepository is internal/repositories/tag_repository.go:20.
func newTagRepository() *tagRepository {
	return &tagRepository{}
}

// tagRepository is internal/repositories/tag_repository.go:24.
type tagRepository struct {
}

// Take is internal/repositories/tag_repository.go:35.
func (r *tagRepository) Take(db *gorm.DB, where ...interface{}) *models.Tag {
	ret := &models.Tag{}
	if err := db.Take(ret, where...).Error; err != nil {
		return nil
	}
	return ret
}

// Create is internal/repositories/tag_repository.go:72.
func (r *tagRepository) Create(db *gorm.DB, t *models.Tag) (err error) {
	err = db.Create(t).Error
	return
}

// GetByName is internal/repositories/tag_repository.go:105.
func (r *tagRepository) GetByName(db *gorm.DB, name string) *models.Tag {
	if len(name) == 0 {
		return nil
	}
	return r.Take(db, "name = ?", name)
}

// GetOrCreate is internal/repositories/tag_repository.go:112.
func (r *tagRepository) GetOrCreate(db *gorm.DB, name string) (*models.Tag, error) {
	if len(name) == 0 {
		return nil, errors.New(locales.Get("admin.tag_empty"))
	}
	// IMPORTANT: use the provided transaction `db` to avoid opening a second
	// connection when the caller is already inside a transaction (SQLite write
	// locks are connection scoped and can cause a deadlock/hang otherwise).
	tag := r.GetByName(db, name) // race
	if tag != nil {
		return tag, nil
	}

	tag = &models.Tag{
		Name:       name,
		Status:     constants.StatusOk,
		CreateTime: dates.NowTimestamp(),
		UpdateTime: dates.NowTimestamp(),
	}
	if err := r.Create(db, tag); err != nil {
		return nil, err
	}
	return tag, nil
}

// GetOrCreates is internal/repositories/tag_repository.go:136.
func (r *tagRepository) GetOrCreates(db *gorm.DB, tags []string) (tagIds []int64, err error) {
	for _, tagName := range tags {
		var tag *models.Tag
		tag, err = r.GetOrCreate(db, strings.TrimSpace(tagName))
		if err != nil {
			return
		}
		tagIds = append(tagIds, tag.Id)
	}
	return
}
