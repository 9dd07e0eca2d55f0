package models

import (
	"fmt"
	"strconv"
	"time"

	"xorm.io/xorm"

	"example.com/realworld/vikunja/user"
	"example.com/realworld/vikunja/web"
)

// SubscriptionEntityType is pkg/models/subscription.go:33.
type SubscriptionEntityType int

// Subscription entity types (pkg/models/subscription.go:35).
const (
	SubscriptionEntityUnknown = iota
	SubscriptionEntityNamespace
	SubscriptionEntityProject
	SubscriptionEntityTask
)

// Subscription is pkg/models/subscription.go:107.
type Subscription struct {
	// The numeric ID of the subscription
	ID int64 `xorm:"autoincr not null unique pk" json:"id" readOnly:"true"`

	EntityType SubscriptionEntityType `xorm:"index not null" json:"entity" readOnly:"true"`
	Entity     string                 `xorm:"-" json:"-" param:"entity"`
	// The id of the entity to subscribe to.
	EntityID int64 `xorm:"bigint index not null" json:"entity_id" param:"entityID" readOnly:"true"`

	// The user who made this subscription
	UserID int64 `xorm:"bigint index not null" json:"-"`

	Created time.Time `xorm:"created not null" json:"created" readOnly:"true"`

	web.CRUDable    `xorm:"-" json:"-"`
	web.Permissions `xorm:"-" json:"-"`
}

// SubscriptionWithUser is pkg/models/subscription.go:126.
type SubscriptionWithUser struct {
	Subscription `xorm:"extends"`
	User         *user.User `xorm:"extends" json:"user"`
}

// TableName gives us a better table name for the subscriptions table
func (sb *Subscription) TableName() string {
	return "subscriptions"
}

// ErrSubscriptionAlreadyExists is pkg/models/error.go.
type ErrSubscriptionAlreadyExists struct {
	EntityID   int64
	EntityType SubscriptionEntityType
	UserID     int64
}

func (err *ErrSubscriptionAlreadyExists) Error() string {
	return fmt.Sprintf("Subscription for this (entity_id, entity_type, user_id) already exists [EntityType: %d, EntityID: %d, UserID: %d]", err.EntityType, err.EntityID, err.UserID)
}

// Create is pkg/models/subscription.go:157 (PUT /subscriptions/{entity}/{entityID}):
// GetSubscriptionForUser, then Insert when nil.
func (sb *Subscription) Create(s *xorm.Session, auth web.Auth) (err error) {
	// Permissions method already does the validation of the entity type, so we don't need to do that here

	sb.ID = 0
	sb.UserID = auth.GetID()

	sub, err := GetSubscriptionForUser(s, sb.EntityType, sb.EntityID, auth) // race
	if err != nil {
		return err
	}
	if sub != nil {
		return &ErrSubscriptionAlreadyExists{
			EntityID:   sub.EntityID,
			EntityType: sub.EntityType,
			UserID:     sub.UserID,
		}
	}

	_, err = s.Insert(sb)
	return
}

// GetSubscriptionForUser is pkg/models/subscription.go:202.
func GetSubscriptionForUser(s *xorm.Session, entityType SubscriptionEntityType, entityID int64, a web.Auth) (subscription *SubscriptionWithUser, err error) {
	u, is := a.(*user.User)
	if !is || u == nil {
		return
	}

	subs, err := GetSubscriptionsForEntitiesAndUser(s, entityType, []int64{entityID}, u)
	if err != nil || len(subs) == 0 || len(subs[entityID]) == 0 {
		return nil, err
	}

	return subs[entityID][0], nil
}

// GetSubscriptionsForEntitiesAndUser is pkg/models/subscription.go:221.
func GetSubscriptionsForEntitiesAndUser(s *xorm.Session, entityType SubscriptionEntityType, entityIDs []int64, u *user.User) (subscriptions map[int64][]*SubscriptionWithUser, err error) {
	return getSubscriptionsForEntitiesAndUser(s, entityType, entityIDs, u, true, false)
}

// getSubscriptionsForEntitiesAndUser is pkg/models/subscription.go:259. The
// upstream recursive CTEs (a project's or task's subscription is inherited
// from the parent projects) are reduced to the direct subscription.
func getSubscriptionsForEntitiesAndUser(s *xorm.Session, entityType SubscriptionEntityType, entityIDs []int64, u *user.User, userOnly, _ bool) (subscriptions map[int64][]*SubscriptionWithUser, err error) {
	rawSubscriptions := []*SubscriptionWithUser{}

	var sUserCond string
	if userOnly {
		if u == nil {
			return nil, fmt.Errorf("must provide user")
		}
		sUserCond = " AND s.user_id = " + strconv.FormatInt(u.ID, 10)
	}

	err = s.SQL(`SELECT s.*, users.* FROM subscriptions s
LEFT JOIN users ON users.id = s.user_id
WHERE s.entity_type = ? AND s.entity_id IN (`+joinInt64(entityIDs)+`)`+sUserCond, entityType).
		Find(&rawSubscriptions)
	if err != nil {
		return nil, err
	}

	subscriptions = make(map[int64][]*SubscriptionWithUser)
	for _, sub := range rawSubscriptions {
		subscriptions[sub.EntityID] = append(subscriptions[sub.EntityID], sub)
	}
	return
}

// joinInt64 is pkg/utils.JoinInt64Slice.
func joinInt64(ints []int64) string {
	out := ""
	for i, v := range ints {
		if i > 0 {
			out += ", "
		}
		out += strconv.FormatInt(v, 10)
	}
	return out
}
