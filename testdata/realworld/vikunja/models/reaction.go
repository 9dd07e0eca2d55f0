package models

import (
	"time"

	"xorm.io/xorm"

	"example.com/realworld/vikunja/user"
	"example.com/realworld/vikunja/web"
)

// ReactionKind is pkg/models/reaction.go:29.
type ReactionKind int

// Reaction is pkg/models/reaction.go:36 (struct).
type Reaction struct {
	ID         int64        `xorm:"autoincr not null unique pk" json:"-" param:"reaction"`
	UserID     int64        `xorm:"bigint not null INDEX" json:"-"`
	EntityID   int64        `xorm:"bigint not null INDEX" json:"-" param:"entityid"`
	EntityKind ReactionKind `xorm:"bigint not null INDEX" json:"-"`
	Value      string       `xorm:"varchar(20) not null INDEX" json:"value" valid:"required" maxLength:"20"`
	Created    time.Time    `xorm:"created not null" json:"created" readOnly:"true"`

	web.CRUDable    `xorm:"-" json:"-"`
	web.Permissions `xorm:"-" json:"-"`
}

// TableName is pkg/models/reaction.go:60.
func (*Reaction) TableName() string {
	return "reactions"
}

// Create is pkg/models/reaction.go:182 (PUT /{kind}/{id}/reactions): Exist
// on (user_id, entity_id, entity_kind, value), then Insert when absent.
func (r *Reaction) Create(s *xorm.Session, a web.Auth) (err error) {
	u, err := user.GetFromAuth(a)
	if err != nil {
		return err
	}
	r.UserID = u.ID

	exists, err := s.Where("user_id = ? AND entity_id = ? AND entity_kind = ? AND value = ?", r.UserID, r.EntityID, r.EntityKind, r.Value). // race
																		Exist(&Reaction{})
	if err != nil {
		return err
	}

	if exists {
		return
	}

	r.ID = 0
	_, err = s.Insert(r)
	return
}
