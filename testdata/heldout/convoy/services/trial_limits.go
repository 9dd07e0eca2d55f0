package services

import (
	"context"
	"errors"

	"example.com/heldout/convoy/datastore"
	"example.com/heldout/convoy/internal/pkg/license"
	log "example.com/heldout/convoy/pkg/logger"
)

// ErrOrgUserLimit is returned when a cloud organisation is at its per-org team member cap
// (user_limit) for its current plan, e.g. a trial capping user_limit=1.
var ErrOrgUserLimit = errors.New("your organisation has reached its team member limit for its current plan, upgrade to add more members")

// OrgUserLimitDeps holds the repositories needed to enforce the per-org user_limit.
// InviteRepo is only required (and only used) when countPendingInvites is true.
type OrgUserLimitDeps struct {
	OrgMemberRepo datastore.OrganisationMemberRepository
	InviteRepo    datastore.OrganisationInviteRepository
	Logger        log.Logger
}

// CheckOrganisationUserLimit reports whether the organisation may add one more team member,
// enforcing the per-org user_limit against the org's own license_data (the single source of
// truth for cloud caps; no instance/platform fallback).
//
// countPendingInvites controls whether outstanding pending invites count toward the cap:
//   - true at invite-creation time: an org at its member cap with a pending invite is
//     effectively full, so counting pending invites (fail closed for trials) stops dangling
//     over-cap invites.
//   - false at accept-invite/member-create time: the invite being accepted is still pending
//     and must not count itself; only realised members matter there.
//
// Failure policy:
//   - fail OPEN (allowed=true) when no finite cap applies: empty/unreadable license_data or an
//     unlimited cap (this keeps self-hosted, which has no per-org license_data, unaffected).
//   - fail OPEN on a member/invite count lookup error: a transient DB fault must not block
//     legitimate member additions.
//   - fail CLOSED (allowed=false) only when a finite cap is resolved and the current head count
//     (members, plus pending invites when counted) has reached it.
func CheckOrganisationUserLimit(ctx context.Context, org *datastore.Organisation, countPendingInvites bool, deps OrgUserLimitDeps) (bool, error) {
	limit, applies := license.OrgEntitlementCap(org.UID, org.LicenseData, "user_limit")
	if !applies {
		return true, nil
	}

	members, err := deps.OrgMemberRepo.CountOrganisationMembers(ctx, org.UID)
	if err != nil {
		if deps.Logger != nil {
			deps.Logger.Warn("user limit: member count lookup failed, allowing (fail open)", "error", err, "org_id", org.UID)
		}
		return true, nil
	}

	current := members
	if countPendingInvites && deps.InviteRepo != nil {
		pending, err := deps.InviteRepo.CountOrganisationInvites(ctx, org.UID, datastore.InviteStatusPending)
		if err != nil {
			if deps.Logger != nil {
				deps.Logger.Warn("user limit: pending invite count lookup failed, allowing (fail open)", "error", err, "org_id", org.UID)
			}
			return true, nil
		}
		current += pending
	}

	return current < limit, nil
}
