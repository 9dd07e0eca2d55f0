package question

import (
	"context"
	"fmt"
	"time"

	"example.com/heldout/answer/internal/base/data"
	"example.com/heldout/answer/internal/base/reason"
	"example.com/heldout/answer/internal/entity"
	"example.com/heldout/answer/internal/service/unique"
	"example.com/heldout/answer/pkg/uid"
	"example.com/heldout/answer/third_party/pacman/errors"
	"xorm.io/builder"
)

// questionRepo reproduces internal/repo/question/question_repo.go:49.
// questionRepo question repository
type questionRepo struct {
	data         *data.Data
	uniqueIDRepo unique.UniqueIDRepo
}

// NewQuestionRepo reproduces internal/repo/question/question_repo.go:55.
// Returns the concrete type (upstream: questioncommon.QuestionRepo).
// NewQuestionRepo new repository
func NewQuestionRepo(
	data *data.Data,
	uniqueIDRepo unique.UniqueIDRepo,
) *questionRepo {
	return &questionRepo{
		data:         data,
		uniqueIDRepo: uniqueIDRepo,
	}
}

// UpdateQuestionStatus reproduces internal/repo/question/question_repo.go:150.
// The search-index refresh (qr.UpdateSearch) is left out.
func (qr *questionRepo) UpdateQuestionStatus(ctx context.Context, questionID string, status int) (err error) {
	questionID = uid.DeShortID(questionID)
	_, err = qr.data.DB.Context(ctx).ID(questionID).Cols("status").Update(&entity.Question{Status: status})
	if err != nil {
		return errors.InternalServer(reason.DatabaseError).WithError(err).WithStack()
	}
	return nil
}

// GetQuestion reproduces internal/repo/question/question_repo.go:210.
// The short-id re-encoding (handler.GetEnableShortID) is left out.
// GetQuestion get question one
func (qr *questionRepo) GetQuestion(ctx context.Context, id string) (
	question *entity.Question, exist bool, err error,
) {
	id = uid.DeShortID(id)
	question = &entity.Question{}
	question.ID = id
	exist, err = qr.data.DB.Context(ctx).Where("id = ?", id).Get(question)
	if err != nil {
		return nil, false, errors.InternalServer(reason.DatabaseError).WithError(err).WithStack()
	}
	return
}

// LinkQuestion reproduces internal/repo/question/question_repo.go:641.
// LinkQuestion batch insert question link
func (qr *questionRepo) LinkQuestion(ctx context.Context, link ...*entity.QuestionLink) (err error) {
	// Batch retrieve all links
	var links []*entity.QuestionLink
	for _, l := range link {
		l.FromQuestionID = uid.DeShortID(l.FromQuestionID)
		l.ToQuestionID = uid.DeShortID(l.ToQuestionID)
		l.FromAnswerID = uid.DeShortID(l.FromAnswerID)
		l.ToAnswerID = uid.DeShortID(l.ToAnswerID)
		links = append(links, l)
	}
	// Retrieve existing records from the database
	var existLinks []*entity.QuestionLink
	session := qr.data.DB.Context(ctx)
	for _, link := range links {
		session = session.Or(builder.Eq{
			"from_question_id": link.FromQuestionID,
			"to_question_id":   link.ToQuestionID,
			"from_answer_id":   link.FromAnswerID,
			"to_answer_id":     link.ToAnswerID,
		})
	}
	err = session.Find(&existLinks) // race
	if err != nil {
		return errors.InternalServer(reason.DatabaseError).WithError(err).WithStack()
	}

	// Optimize separation of records that need to be updated or inserted using a map
	existMap := make(map[string]*entity.QuestionLink)
	for _, el := range existLinks {
		key := fmt.Sprintf("%s:%s:%s:%s", el.FromQuestionID, el.ToQuestionID, el.FromAnswerID, el.ToAnswerID)
		existMap[key] = el
	}

	var updateLinks []*entity.QuestionLink
	var insertLinks []*entity.QuestionLink
	for _, link := range links {
		key := fmt.Sprintf("%s:%s:%s:%s", link.FromQuestionID, link.ToQuestionID, link.FromAnswerID, link.ToAnswerID)
		if el, exist := existMap[key]; exist {
			if el.Status == entity.QuestionLinkStatusDeleted {
				el.Status = entity.QuestionLinkStatusAvailable
				el.UpdatedAt = time.Now()
				updateLinks = append(updateLinks, el)
			}
		} else {
			link.Status = entity.QuestionLinkStatusAvailable
			link.CreatedAt = time.Now()
			link.UpdatedAt = time.Now()
			insertLinks = append(insertLinks, link)
		}
	}

	// Batch update
	if len(updateLinks) > 0 {
		for _, link := range updateLinks {
			_, err = qr.data.DB.Context(ctx).ID(link.ID).Cols("status").Update(&entity.QuestionLink{Status: entity.QuestionLinkStatusAvailable})
			if err != nil {
				return errors.InternalServer(reason.DatabaseError).WithError(err).WithStack()
			}
		}
	}

	// Batch insert
	if len(insertLinks) > 0 {
		_, err = qr.data.DB.Context(ctx).Insert(insertLinks)
		if err != nil {
			return errors.InternalServer(reason.DatabaseError).WithError(err).WithStack()
		}
	}

	return
}
