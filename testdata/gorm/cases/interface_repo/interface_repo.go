// A repository used through an interface declared beside its only
// implementation (1Panel's groupRepo = repo.NewIGroupRepo()): reported,
// with no fix.
package interface_repo

import (
	"errors"

	"gorm.io/gorm"
)

var ErrRecordExist = errors.New("record exists")

type Group struct {
	ID   uint
	Name string `gorm:"uniqueIndex"`
}

type IGroupRepo interface {
	GetByName(name string) (Group, error)
	Create(g *Group) error
}

type GroupRepo struct{ db *gorm.DB }

func NewIGroupRepo(db *gorm.DB) IGroupRepo { return &GroupRepo{db: db} }

func (r *GroupRepo) GetByName(name string) (Group, error) {
	var g Group
	err := r.db.Where("name = ?", name).First(&g).Error
	return g, err
}

func (r *GroupRepo) Create(g *Group) error { return r.db.Create(g).Error }

type GroupService struct{ repo IGroupRepo }

func (s *GroupService) Create(name string) error {
	group, _ := s.repo.GetByName(name)
	if group.ID != 0 {
		return ErrRecordExist
	}
	group = Group{Name: name}
	return s.repo.Create(&group)
}

type Audit struct {
	ID   uint
	Note string
}

type IAuditRepo interface{ Create(a *Audit) error }

type AuditRepo struct{ db *gorm.DB }

func (r *AuditRepo) Create(a *Audit) error { return r.db.Create(a).Error }

// Not a site: the create is of another model.
func (s *GroupService) Touch(audits IAuditRepo, name string) error {
	group, _ := s.repo.GetByName(name)
	if group.ID == 0 {
		return audits.Create(&Audit{Note: "missing " + name})
	}
	return nil
}
