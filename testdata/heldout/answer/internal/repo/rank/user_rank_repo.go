package rank

import (
	"context"

	"example.com/heldout/answer/internal/base/data"

	"example.com/heldout/answer/internal/entity"
	"example.com/heldout/answer/internal/service/config"
	"example.com/heldout/answer/plugin"
	"example.com/heldout/answer/third_party/now"
	"example.com/heldout/answer/third_party/pacman/log"
	"xorm.io/builder"
	"xorm.io/xorm"
)

// UserRankRepo reproduces internal/repo/rank/user_rank_repo.go:40.
// UserRankRepo user rank repository
type UserRankRepo struct {
	data          *data.Data
	configService *config.ConfigService
}

// NewUserRankRepo reproduces internal/repo/rank/user_rank_repo.go:46.
// Returns the concrete type (upstream: rank.UserRankRepo).
// NewUserRankRepo new repository
func NewUserRankRepo(data *data.Data, configService *config.ConfigService) *UserRankRepo {
	return &UserRankRepo{
		data:          data,
		configService: configService,
	}
}

// GetMaxDailyRank reproduces internal/repo/rank/user_rank_repo.go:53.
func (ur *UserRankRepo) GetMaxDailyRank(ctx context.Context) (maxDailyRank int, err error) {
	maxDailyRank, err = ur.configService.GetIntValue(ctx, "daily_rank_limit")
	if err != nil {
		return 0, err
	}
	return maxDailyRank, nil
}

// CheckReachLimit reproduces internal/repo/rank/user_rank_repo.go:61.
func (ur *UserRankRepo) CheckReachLimit(ctx context.Context, session *xorm.Session,
	userID string, maxDailyRank int) (
	reach bool, err error) {
	session.Where(builder.Eq{"user_id": userID})
	session.Where(builder.Eq{"cancelled": 0})
	session.Where(builder.Between{
		Col:     "updated_at",
		LessVal: now.BeginningOfDay(),
		MoreVal: now.EndOfDay(),
	})

	earned, err := session.SumInt(&entity.Activity{}, "`rank`")
	if err != nil {
		return false, err
	}
	if int(earned) < maxDailyRank {
		return false, nil
	}
	log.Infof("user %s today has rank %d is reach stand %d", userID, earned, maxDailyRank)
	return true, nil
}

// ChangeUserRank reproduces internal/repo/rank/user_rank_repo.go:84.
// ChangeUserRank change user rank
func (ur *UserRankRepo) ChangeUserRank(
	ctx context.Context, session *xorm.Session, userID string, userCurrentScore, deltaRank int) (err error) {
	// IMPORTANT: If user center enabled the rank agent, then we should not change user rank.
	if plugin.RankAgentEnabled() || deltaRank == 0 {
		return nil
	}

	// If user rank is lower than 1 after this action, then user rank will be set to 1 only.
	if deltaRank < 0 && userCurrentScore+deltaRank < 1 {
		deltaRank = 1 - userCurrentScore
	}

	_, err = session.ID(userID).Incr("`rank`", deltaRank).Update(&entity.User{})
	if err != nil {
		return err
	}
	return nil
}
