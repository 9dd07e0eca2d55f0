// Package family is a reduced copy of museum pkg/controller/family.
package family

import (
	"context"
	"fmt"
	"log"

	"example.com/realworld/entemuseum/ente"
	"example.com/realworld/entemuseum/pkg/repo"
	"example.com/realworld/entemuseum/third_party/stacktrace"
)

// BillingController stands in for museum pkg/controller BillingController.
type BillingController interface {
	HasActiveSelfOrFamilySubscription(userID int64, validateCard bool) error
}

// Controller is server/pkg/controller/family/family.go (reduced).
type Controller struct {
	BillingCtrl BillingController
	UserRepo    *repo.UserRepository
	FamilyRepo  *repo.FamilyRepository
}

// CreateFamily creates a family with current user as admin member
// server/pkg/controller/family/admin.go:35 (called by the family handler in
// server/pkg/api/family.go): user lookup (:40), FamilyRepo.CreateFamily (:52).
func (c *Controller) CreateFamily(ctx context.Context, adminUserID int64) error {
	err := c.BillingCtrl.HasActiveSelfOrFamilySubscription(adminUserID, true)
	if err != nil {
		return stacktrace.Propagate(ente.ErrNoActiveSubscription, "you must be on a paid plan")
	}
	adminUser, err := c.UserRepo.Get(adminUserID) // safe: FamilyRepo.CreateFamily inserts with ON CONFLICT (admin_id,member_id) DO UPDATE and sets users.family_admin_id only WHERE it is null, rolling back unless exactly one row changed
	if err != nil {
		return err
	}
	if adminUser.FamilyAdminID != nil {
		if *adminUser.FamilyAdminID != adminUserID {
			return stacktrace.Propagate(ente.ErrBadRequest, "Must not be a part of a different family")
		} else {
			log.Print(fmt.Sprintf("family is already created for %d", adminUserID))
			return nil
		}
	}
	err = c.FamilyRepo.CreateFamily(ctx, adminUserID)
	if err != nil {
		return stacktrace.Propagate(err, "")
	}
	return nil
}
