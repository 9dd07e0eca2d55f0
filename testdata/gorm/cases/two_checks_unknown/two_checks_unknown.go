// Two checks through functions of their own, each with conditions
// upsertfix cannot read, before one create (bbsgo's BindWeixin: bound by
// user, then bound by open id): two races, each reported; the same
// function twice is one.
package two_checks_unknown

import (
	"errors"
	"fmt"

	"gorm.io/gorm"
)

type Binding struct {
	ID     uint
	UserID uint
	OpenID string
}

type Svc struct{ db *gorm.DB }

func (s *Svc) byUser(uid uint) *Binding {
	var b Binding
	if err := s.db.Where(fmt.Sprintf("user_id = %d", uid)).First(&b).Error; err != nil {
		return nil
	}
	return &b
}

func (s *Svc) byOpen(oid string) *Binding {
	var b Binding
	if err := s.db.Where(fmt.Sprintf("open_id = '%s'", oid)).First(&b).Error; err != nil {
		return nil
	}
	return &b
}

// Bind refuses a user already bound, and an open id bound to another.
func (s *Svc) Bind(uid uint, oid string) error {
	if b := s.byUser(uid); b != nil {
		return errors.New("already bound")
	}
	if b := s.byOpen(oid); b != nil && b.UserID != uid {
		return errors.New("bound to another user")
	}
	return s.db.Create(&Binding{UserID: uid, OpenID: oid}).Error
}

// Rebind checks the user twice through the same function: one race.
func (s *Svc) Rebind(uid uint, oid string) error {
	if b := s.byUser(uid); b != nil {
		return errors.New("already bound")
	}
	if b := s.byUser(uid); b != nil {
		return errors.New("bound meanwhile")
	}
	return s.db.Create(&Binding{UserID: uid, OpenID: oid}).Error
}
