package answer

import (
	"context"

	"example.com/heldout/answer/internal/service/activity_common"
	"example.com/heldout/answer/internal/service/rank"

	"example.com/heldout/answer/internal/base/data"
	"example.com/heldout/answer/internal/base/reason"
	"example.com/heldout/answer/internal/entity"
	"example.com/heldout/answer/internal/service/unique"
	"example.com/heldout/answer/pkg/uid"
	"example.com/heldout/answer/third_party/pacman/errors"
)

// answerRepo reproduces internal/repo/answer/answer_repo.go:44.
// answerRepo answer repository
type answerRepo struct {
	data         *data.Data
	uniqueIDRepo unique.UniqueIDRepo
	userRankRepo rank.UserRankRepo
	activityRepo activity_common.ActivityRepo
}

// AddAnswer reproduces internal/repo/answer/answer_repo.go:67.
// The short-id re-encoding and the search-index refresh (ar.updateSearch) are left out.
// AddAnswer add answer
func (ar *answerRepo) AddAnswer(ctx context.Context, answer *entity.Answer) (err error) {
	answer.QuestionID = uid.DeShortID(answer.QuestionID)
	ID, err := ar.uniqueIDRepo.GenUniqueIDStr(ctx, answer.TableName())
	if err != nil {
		return errors.InternalServer(reason.DatabaseError).WithError(err).WithStack()
	}
	answer.ID = ID
	_, err = ar.data.DB.Context(ctx).Insert(answer)

	if err != nil {
		return errors.InternalServer(reason.DatabaseError).WithError(err).WithStack()
	}
	return nil
}
