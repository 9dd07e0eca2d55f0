package definecatch

import (
	"context"

	"example.com/entcases/entplain"
	"example.com/entcases/entplain/membership"
)

func Join(ctx context.Context, client *entplain.Client, org, uid int) (*entplain.Membership, error) {
	m, err := client.Membership.Query().Where(membership.OrgID(org), membership.UserID(uid)).First(ctx)
	if entplain.IsNotFound(err) {
		m, err := client.Membership.Create().SetOrgID(org).SetUserID(uid).Save(ctx)
		if err != nil {
			return nil, err
		}
		return m, nil
	}
	return m, err
}
