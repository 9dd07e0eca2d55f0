package compositeupsert

import (
	"context"

	"example.com/entcases/entup"
	"example.com/entcases/entup/membership"
)

func Join(ctx context.Context, client *entup.Client, org, uid int) (*entup.Membership, error) {
	m, err := client.Membership.Query().
		Where(membership.And(membership.OrgID(org), membership.UserID(uid))).
		Only(ctx)
	if entup.IsNotFound(err) {
		m, err = client.Membership.Create().SetOrgID(org).SetUserID(uid).Save(ctx)
	}
	return m, err
}
