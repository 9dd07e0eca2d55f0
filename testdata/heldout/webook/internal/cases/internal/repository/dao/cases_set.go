package dao

import (
	"context"
	"time"

	"example.com/heldout/webook/pkg/egorm"
	"gorm.io/gorm"
)

type caseSetDAO struct {
	db *egorm.Component
}

func NewCaseSetDAO(db *egorm.Component) *caseSetDAO {
	return &caseSetDAO{db: db}
}

// UpdateCasesByID reproduces internal/cases/internal/repository/dao/cases_set.go:98
// (admin: AdminCaseSetHandler.UpdateCases -> caseSetSvc.UpdateCases ->
// caseSetRepo.UpdateCases). The lookup checks that the case set exists; the
// set's case links are then deleted and re-inserted.
func (c *caseSetDAO) UpdateCasesByID(ctx context.Context, id int64, cids []int64) error {
	return c.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		var cs CaseSet
		if err := tx.WithContext(ctx).First(&cs, "id = ? ", id).Error; err != nil { // safe: the lookup only checks the parent case set exists (not found aborts); the links are replaced by DELETE then INSERT on the UNIQUE csid_cid, nothing is created when the looked-up row is missing
			return err
		}
		// 全部删除
		if err := tx.WithContext(ctx).Where("cs_id = ?", id).Delete(&CaseSetCase{}).Error; err != nil {
			return err
		}

		if len(cids) == 0 {
			return nil
		}

		// 重新创建
		now := time.Now().UnixMilli()
		var newQuestions []CaseSetCase
		for i := range cids {
			newQuestions = append(newQuestions, CaseSetCase{
				CSID:  id,
				CID:   cids[i],
				Ctime: now,
				Utime: now,
			})
		}
		return tx.WithContext(ctx).Create(&newQuestions).Error
	})
}
