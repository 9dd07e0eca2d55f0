package rank

import (
	"context"

	"xorm.io/xorm"
)

// UserRankRepo reproduces internal/service/rank/rank_service.go (UserRankRepo),
// trimmed to the methods the reproduced repositories call.
type UserRankRepo interface {
	GetMaxDailyRank(ctx context.Context) (maxDailyRank int, err error)
	CheckReachLimit(ctx context.Context, session *xorm.Session, userID string, maxDailyRank int) (reach bool, err error)
	ChangeUserRank(ctx context.Context, session *xorm.Session, userID string, userCurrentScore, deltaRank int) (err error)
}
