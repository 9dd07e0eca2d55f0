package questioncommon

import (
	"context"

	"example.com/heldout/answer/internal/entity"
)

// QuestionRepo reproduces internal/service/question_common/question.go:55,
// trimmed to the methods the reproduced services call.
type QuestionRepo interface {
	UpdateQuestionStatus(ctx context.Context, questionID string, status int) (err error)
	GetQuestion(ctx context.Context, id string) (question *entity.Question, exist bool, err error)
	LinkQuestion(ctx context.Context, link ...*entity.QuestionLink) (err error)
}
