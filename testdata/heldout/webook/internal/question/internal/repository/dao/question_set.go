package dao

import (
	"context"
	"time"

	"example.com/heldout/webook/pkg/egorm"
	"gorm.io/gorm"
)

type GORMQuestionSetDAO struct {
	db *egorm.Component
}

func NewGORMQuestionSetDAO(db *egorm.Component) *GORMQuestionSetDAO {
	return &GORMQuestionSetDAO{db: db}
}

// UpdateQuestionsByID reproduces internal/question/internal/repository/dao/question_set.go:173
// (admin question-set editing -> questionSetRepository.UpdateQuestions,
// repository/question_set.go:140). Same shape as the cases module's
// UpdateCasesByID.
func (g *GORMQuestionSetDAO) UpdateQuestionsByID(ctx context.Context, id int64, qids []int64) error {
	return g.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		var qs QuestionSet
		if err := tx.WithContext(ctx).First(&qs, "id = ? ", id).Error; err != nil { // safe: the lookup only checks the parent question set exists (not found aborts); the links are replaced by DELETE then INSERT on the UNIQUE qsid_qid, nothing is created when the looked-up row is missing
			return err
		}
		// 全部删除
		if err := tx.WithContext(ctx).Where("qs_id = ?", id).Delete(&QuestionSetQuestion{}).Error; err != nil {
			return err
		}

		if len(qids) == 0 {
			return nil
		}

		// 重新创建
		now := time.Now().UnixMilli()
		var newQuestions []QuestionSetQuestion
		for i := range qids {
			newQuestions = append(newQuestions, QuestionSetQuestion{
				QSID:  id,
				QID:   qids[i],
				Ctime: now,
				Utime: now,
			})
		}
		return tx.WithContext(ctx).Create(&newQuestions).Error
	})
}
