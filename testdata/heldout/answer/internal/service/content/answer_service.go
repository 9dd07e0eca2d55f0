package content

import (
	"context"

	"example.com/heldout/answer/internal/base/reason"
	"example.com/heldout/answer/internal/entity"
	"example.com/heldout/answer/internal/schema"
	answercommon "example.com/heldout/answer/internal/service/answer_common"
	questioncommon "example.com/heldout/answer/internal/service/question_common"
	"example.com/heldout/answer/third_party/pacman/errors"
)

// AnswerService reproduces internal/service/content/answer_service.go:55,
// trimmed to the repositories Insert uses before its insert.
type AnswerService struct {
	answerRepo   answercommon.AnswerRepo
	questionRepo questioncommon.QuestionRepo
}

// Insert reproduces internal/service/content/answer_service.go:246.
// The function is cut after the insert.
func (as *AnswerService) Insert(ctx context.Context, req *schema.AnswerAddReq) (string, error) {
	questionInfo, exist, err := as.questionRepo.GetQuestion(ctx, req.QuestionID) // safe: not-found returns an error (the parent question must exist); the insert is of another model (Answer, a fresh id per call)
	if err != nil {
		return "", err
	}
	if !exist {
		return "", errors.BadRequest(reason.QuestionNotFound)
	}
	if questionInfo.Status == entity.QuestionStatusClosed || questionInfo.Status == entity.QuestionStatusDeleted {
		err = errors.BadRequest(reason.AnswerCannotAddByClosedQuestion)
		return "", err
	}
	insertData := &entity.Answer{}
	insertData.UserID = req.UserID
	insertData.OriginalText = req.Content
	insertData.ParsedText = req.HTML
	insertData.Accepted = schema.AnswerAcceptedFailed
	insertData.QuestionID = req.QuestionID
	insertData.RevisionID = "0"
	insertData.LastEditUserID = "0"
	insertData.Status = entity.AnswerStatusPending
	//insertData.UpdatedAt = now
	if err = as.answerRepo.AddAnswer(ctx, insertData); err != nil {
		return "", err
	}
	// The review, question-link, counter and activity updates that follow are left out.
	return insertData.ID, nil
}
