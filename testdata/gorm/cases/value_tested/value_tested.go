// Existence tested on the returned value, as services layered over a
// repository write it (1Panel, gotify): x.ID != 0 with the error
// discarded, x == nil, and functional options for the conditions.
// Reported through the repository, with no fix.
package value_tested

import (
	"errors"

	"gorm.io/gorm"
)

var ErrExist = errors.New("already exists")

type Group struct {
	ID   uint
	Name string `gorm:"uniqueIndex"`
}

type DBOption func(*gorm.DB) *gorm.DB

func WithByName(name string) DBOption {
	return func(db *gorm.DB) *gorm.DB { return db.Where("name = ?", name) }
}

type GroupRepo struct{ db *gorm.DB }

func (r *GroupRepo) Get(opts ...DBOption) (Group, error) {
	var g Group
	db := r.db
	for _, o := range opts {
		db = o(db)
	}
	err := db.First(&g).Error
	return g, err
}

func (r *GroupRepo) ByName(name string) (*Group, error) {
	var g Group
	err := r.db.Where("name = ?", name).First(&g).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return nil, nil
	}
	return &g, err
}

func (r *GroupRepo) Create(g *Group) error { return r.db.Create(g).Error }

func CreateGroup(r *GroupRepo, name string) error {
	group, _ := r.Get(WithByName(name))
	if group.ID != 0 {
		return ErrExist
	}
	return r.Create(&Group{Name: name})
}

func EnsureGroup(r *GroupRepo, name string) (*Group, error) {
	g, err := r.ByName(name)
	if err != nil {
		return nil, err
	}
	if g == nil {
		g = &Group{Name: name}
		if err := r.Create(g); err != nil {
			return nil, err
		}
	}
	return g, nil
}

// Not a site: the value test is about another variable.
func Unrelated(r *GroupRepo, name string, other *Group) error {
	_, _ = r.ByName(name)
	if other == nil {
		return r.Create(&Group{Name: name})
	}
	return nil
}
