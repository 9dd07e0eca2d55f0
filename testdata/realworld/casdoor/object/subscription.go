package object

import (
	"xorm.io/xorm/schemas"

	"example.com/realworld/casdoor/util"
)

// SubscriptionState is object/subscription.go.
type SubscriptionState string

const (
	SubStatePending  SubscriptionState = "Pending"
	SubStateActive   SubscriptionState = "Active"
	SubStateUpcoming SubscriptionState = "Upcoming"
)

// Subscription is object/subscription.go:39 (trimmed).
type Subscription struct {
	Owner       string `xorm:"varchar(100) notnull pk" json:"owner"`
	Name        string `xorm:"varchar(100) notnull pk" json:"name"`
	DisplayName string `xorm:"varchar(100)" json:"displayName"`
	CreatedTime string `xorm:"varchar(100)" json:"createdTime"`

	User string `xorm:"varchar(100)" json:"user"`
	Plan string `xorm:"varchar(100)" json:"plan"`

	State SubscriptionState `xorm:"varchar(100)" json:"state"`
}

// UpdateState is object/subscription.go (date arithmetic and the update of the
// state column trimmed).
func (sub *Subscription) UpdateState() error {
	return nil
}

// HasActiveSubscriptionForPlan is object/subscription.go:220.
func HasActiveSubscriptionForPlan(owner, userName, planName string) (bool, error) {
	subscriptions := []*Subscription{}
	err := ormer.Engine.Find(&subscriptions, &Subscription{Owner: owner, User: userName, Plan: planName})
	if err != nil {
		return false, err
	}

	for _, sub := range subscriptions {
		err = sub.UpdateState()
		if err != nil {
			return false, err
		}
		// Check if subscription is active, upcoming, or pending (not expired, error, or suspended)
		if sub.State == SubStateActive || sub.State == SubStateUpcoming || sub.State == SubStatePending {
			return true, nil
		}
	}
	return false, nil
}

// AddSubscription is object/subscription.go:259.
func AddSubscription(subscription *Subscription) (bool, error) {
	affected, err := ormer.Engine.Insert(subscription)
	if err != nil {
		return false, err
	}

	return affected != 0, nil
}

// Plan is object/plan.go:25 (trimmed).
type Plan struct {
	Owner       string `xorm:"varchar(100) notnull pk" json:"owner"`
	Name        string `xorm:"varchar(100) notnull pk" json:"name"`
	CreatedTime string `xorm:"varchar(100)" json:"createdTime"`
	DisplayName string `xorm:"varchar(100)" json:"displayName"`

	Price       float64 `json:"price"`
	Product     string  `xorm:"varchar(100)" json:"product"`
	IsExclusive bool    `json:"isExclusive"`
}

// getPlan is object/plan.go:94.
func getPlan(owner, name string) (*Plan, error) {
	if owner == "" || name == "" {
		return nil, nil
	}

	plan := Plan{Owner: owner, Name: name}
	existed, err := ormer.Engine.Get(&plan)
	if err != nil {
		return &plan, err
	}
	if existed {
		return &plan, nil
	} else {
		return nil, nil
	}
}

// GetPlan is object/plan.go:111.
func GetPlan(id string) (*Plan, error) {
	owner, name, err := util.GetOwnerAndNameFromIdWithError(id)
	if err != nil {
		return nil, err
	}
	return getPlan(owner, name)
}

// UpdatePlan is object/plan.go:119.
func UpdatePlan(id string, plan *Plan) (bool, error) {
	owner, name, err := util.GetOwnerAndNameFromIdWithError(id)
	if err != nil {
		return false, err
	}
	if p, err := getPlan(owner, name); err != nil {
		return false, err
	} else if p == nil {
		return false, nil
	}

	affected, err := ormer.Engine.ID(schemas.PK{owner, name}).AllCols().Update(plan)
	if err != nil {
		return false, err
	}

	return affected != 0, nil
}
