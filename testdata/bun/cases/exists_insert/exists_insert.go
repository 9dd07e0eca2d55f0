// bun: Exists on a model's table, then the insert when false.
package exists_insert

import (
	"context"

	"github.com/uptrace/bun"
)

type Follow struct {
	bun.BaseModel `bun:"table:follows"`
	ID            int64 `bun:"id,pk,autoincrement"`
	FollowerID    int64 `bun:"follower_id,unique:follow_pair"`
	FolloweeID    int64 `bun:"followee_id,unique:follow_pair"`
}

// Follow records that follower follows followee.
func FollowUser(ctx context.Context, db *bun.DB, follower, followee int64) error {
	exists, err := db.NewSelect().Model((*Follow)(nil)).
		Where("follower_id = ?", follower).
		Where("followee_id = ?", followee).
		Exists(ctx)
	if err != nil {
		return err
	}
	if exists {
		return nil
	}
	_, err = db.NewInsert().Model(&Follow{FollowerID: follower, FolloweeID: followee}).Exec(ctx)
	return err
}
