// ent: the user's memberships are loaded with All, then each invited
// org is looked for in the list (a flag set on a match) and the
// membership created when it is missing (chainloop's
// AcceptPendingInvitations, without its domain layer). Two callers both
// scan, both miss the org and both insert.
package preload_ent

import (
	"context"

	"example.com/entcases/entplain"
	"example.com/entcases/entplain/membership"
)

// Accept makes the user a member of every org it is invited to.
func Accept(ctx context.Context, client *entplain.Client, userID int, orgs []int) error {
	memberships, err := client.Membership.Query().Where(membership.UserID(userID)).All(ctx)
	if err != nil {
		return err
	}
	for _, org := range orgs {
		already := false
		for _, m := range memberships {
			if m.OrgID == org {
				already = true
			}
		}
		if !already {
			if _, err := client.Membership.Create().SetOrgID(org).SetUserID(userID).Save(ctx); err != nil {
				return err
			}
		}
	}
	return nil
}

// Roles indexes the memberships by org, and only reads them: no create.
func Roles(ctx context.Context, client *entplain.Client, userID int, orgs []int) ([]string, error) {
	memberships, err := client.Membership.Query().Where(membership.UserID(userID)).All(ctx)
	if err != nil {
		return nil, err
	}
	byOrg := map[int]string{}
	for _, m := range memberships {
		byOrg[m.OrgID] = m.Role
	}
	var roles []string
	for _, org := range orgs {
		if r, ok := byOrg[org]; ok {
			roles = append(roles, r)
		}
	}
	return roles, nil
}
