// A generic data layer: the model is the type argument of the lookup and
// the argument's type of the create; the not-found error is an alias.
package generic_layer

import (
	"example.com/gormcases/cases/generic_layer/dal"
)

type Quota struct {
	ID     uint
	Tenant string `gorm:"uniqueIndex"`
	Used   int64
}

type Event struct {
	ID   uint
	What string
}

// Allocate creates the tenant's quota row the first time.
func Allocate(tenant string) error {
	q, err := dal.GetOne[Quota](dal.Eq("tenant", tenant))
	if err == dal.ErrNotFound {
		q = Quota{Tenant: tenant}
		return dal.Create(&q)
	}
	return err
}

// Note creates another model when the quota is missing: no finding.
func Note(tenant string) error {
	_, err := dal.GetOne[Quota](dal.Eq("tenant", tenant))
	if err == dal.ErrNotFound {
		return dal.Create(&Event{What: "no quota for " + tenant})
	}
	return err
}

// Gone tests another error: no finding.
func Gone(tenant string) error {
	_, err := dal.GetOne[Quota](dal.Eq("tenant", tenant))
	if err == dal.ErrGone {
		return dal.Create(&Quota{Tenant: tenant})
	}
	return nil
}
