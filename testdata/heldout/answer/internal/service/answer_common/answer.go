package answercommon

import (
	"context"

	"example.com/heldout/answer/internal/entity"
)

// AnswerRepo reproduces internal/service/answer_common/answer.go:32, trimmed to AddAnswer.
type AnswerRepo interface {
	AddAnswer(ctx context.Context, answer *entity.Answer) (err error)
}
