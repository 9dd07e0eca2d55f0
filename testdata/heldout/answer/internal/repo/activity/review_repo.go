package activity

import (
	"context"
	"fmt"

	"example.com/heldout/answer/internal/base/data"
	"example.com/heldout/answer/internal/base/reason"
	"example.com/heldout/answer/internal/entity"
	"example.com/heldout/answer/internal/schema"
	"example.com/heldout/answer/internal/service/activity_common"
	"example.com/heldout/answer/internal/service/config"
	"example.com/heldout/answer/internal/service/rank"
	"example.com/heldout/answer/pkg/converter"
	"example.com/heldout/answer/third_party/pacman/errors"
	"xorm.io/builder"
	"xorm.io/xorm"
)

// ReviewActivityRepo reproduces internal/repo/activity/review_repo.go:42.
// ReviewActivityRepo answer accepted
type ReviewActivityRepo struct {
	data          *data.Data
	activityRepo  activity_common.ActivityRepo
	userRankRepo  rank.UserRankRepo
	configService *config.ConfigService
}

const (
	EditAccepted = "edit.accepted"
)

// NewReviewActivityRepo reproduces internal/repo/activity/review_repo.go:54.
// Returns the concrete type (upstream: activity.ReviewActivityRepo).
// NewReviewActivityRepo new repository
func NewReviewActivityRepo(
	data *data.Data,
	activityRepo activity_common.ActivityRepo,
	userRankRepo rank.UserRankRepo,
	configService *config.ConfigService,
) *ReviewActivityRepo {
	return &ReviewActivityRepo{
		data:          data,
		activityRepo:  activityRepo,
		userRankRepo:  userRankRepo,
		configService: configService,
	}
}

// Review reproduces internal/repo/activity/review_repo.go:69.
// Review user active
func (ar *ReviewActivityRepo) Review(ctx context.Context, act *schema.PassReviewActivity) (err error) {
	cfg, err := ar.configService.GetConfigByKey(ctx, EditAccepted)
	if err != nil {
		return err
	}
	addActivity := &entity.Activity{
		UserID:           act.UserID,
		TriggerUserID:    converter.StringToInt64(act.TriggerUserID),
		ObjectID:         act.ObjectID,
		OriginalObjectID: act.OriginalObjectID,
		ActivityType:     cfg.ID,
		Rank:             cfg.GetIntValue(),
		HasRank:          1,
		RevisionID:       converter.StringToInt64(act.RevisionID),
	}

	_, err = ar.data.DB.Transaction(func(session *xorm.Session) (result any, err error) {
		session = session.Context(ctx)

		user := &entity.User{}
		exist, err := session.ID(addActivity.UserID).ForUpdate().Get(user)
		if err != nil {
			return nil, err
		}
		if !exist {
			return nil, fmt.Errorf("user not exist")
		}

		existsActivity := &entity.Activity{}
		exist, err = session. // safe: in-transaction row lock: the user's row was locked FOR UPDATE just above, so callers for the same user_id are serialised around the lookup and the insert
					And(builder.Eq{"user_id": addActivity.UserID}).
					And(builder.Eq{"activity_type": addActivity.ActivityType}).
					And(builder.Eq{"revision_id": addActivity.RevisionID}).
					Get(existsActivity)
		if err != nil {
			return nil, err
		}
		if exist {
			return nil, nil
		}

		err = ar.userRankRepo.ChangeUserRank(ctx, session, addActivity.UserID, user.Rank, addActivity.Rank)
		if err != nil {
			return nil, err
		}

		_, err = session.Insert(addActivity)
		if err != nil {
			return nil, err
		}
		return nil, nil
	})
	if err != nil {
		return errors.InternalServer(reason.DatabaseError).WithError(err).WithStack()
	}
	return nil
}
