// Class 7: the create sets an edge. A failed create attaches nothing, so
// the winner's row is not changed by the loser.
package ent_edges

import (
	"context"

	"example.com/entcases/entplain"
	"example.com/entcases/entplain/membership"
)

func Join(ctx context.Context, client *entplain.Client, org, uid int) (*entplain.Membership, error) {
	m, err := client.Membership.Query().Where(membership.OrgID(org), membership.UserID(uid)).Only(ctx)
	if entplain.IsNotFound(err) {
		m, err = client.Membership.Create().
			SetOrgID(org).
			SetUserID(uid).
			SetRole("member"). // shown in the UI
			Save(ctx)
	}
	return m, err
}
