// A repository that converts the rows it loads to a domain type (chainloop's
// MembershipRepo.FindByUser returns []*biz.Membership): its list is rows
// of the ent model all the same, and a use case that scans it for an
// organization, then creates the membership when none matched, has the
// preloaded-rows race.
package preload_domain

import (
	"context"

	"example.com/entcases/entplain"
	"example.com/entcases/entplain/membership"
)

// Member is the domain's membership.
type Member struct {
	OrgID  int
	UserID int
}

type Repo struct{ client *entplain.Client }

// ByUser lists the user's memberships.
func (r *Repo) ByUser(ctx context.Context, userID int) ([]*Member, error) {
	rows, err := r.client.Membership.Query().Where(membership.UserID(userID)).All(ctx)
	if err != nil {
		return nil, err
	}
	return toMembers(rows), nil
}

func toMembers(rows []*entplain.Membership) []*Member {
	out := make([]*Member, 0, len(rows))
	for _, m := range rows {
		out = append(out, &Member{OrgID: m.OrgID, UserID: m.UserID})
	}
	return out
}

// Add creates a membership.
func (r *Repo) Add(ctx context.Context, orgID, userID int) error {
	_, err := r.client.Membership.Create().SetOrgID(orgID).SetUserID(userID).Save(ctx)
	return err
}

// AcceptAll adds the user to every organization it was invited to and is
// not a member of yet.
func AcceptAll(ctx context.Context, r *Repo, userID int, orgs []int) error {
	members, err := r.ByUser(ctx, userID)
	if err != nil {
		return err
	}
	for _, org := range orgs {
		already := false
		for _, m := range members {
			if m.OrgID == org {
				already = true
			}
		}
		if already {
			continue
		}
		if err := r.Add(ctx, org, userID); err != nil {
			return err
		}
	}
	return nil
}

// Count only reads the list.
func Count(ctx context.Context, r *Repo, userID int) (int, error) {
	members, err := r.ByUser(ctx, userID)
	return len(members), err
}
