// Copied from internal/entity/question_link_entity.go (apache/incubator-answer f7731bc), xorm tags unchanged.

package entity

import (
	"time"
)

const (
	QuestionLinkStatusAvailable = 1
	QuestionLinkStatusDeleted   = 2
)

type QuestionLink struct {
	ID             string    `xorm:"not null pk autoincr BIGINT(20) id"`
	CreatedAt      time.Time `xorm:"not null default CURRENT_TIMESTAMP TIMESTAMP created_at"`
	UpdatedAt      time.Time `xorm:"updated_at TIMESTAMP"`
	FromQuestionID string    `xorm:"not null default 0 BIGINT(20) index from_question_id"`
	FromAnswerID   string    `xorm:"BIGINT(20) from_answer_id"`
	ToQuestionID   string    `xorm:"not null default 0 BIGINT(20) index to_question_id"`
	ToAnswerID     string    `xorm:"BIGINT(20) to_answer_id"`
	Status         int       `xorm:"not null default 1 INT(11) status"`
}

func (QuestionLink) TableName() string {
	return "question_link"
}
