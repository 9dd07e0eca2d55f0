package jinzhu

import (
	"time"

	"example.com/heldout/paopao/internal/core/cs"
	"example.com/heldout/paopao/internal/dao/jinzhu/dbr"
	"gorm.io/gorm"
)

// createTags reproduces internal/dao/jinzhu/utils.go:15.
func createTags(db *gorm.DB, userId int64, tags []string) (res cs.TagInfoList, err error) {
	for _, name := range tags {
		tag := &dbr.Tag{Tag: name}
		// race
		if tag, err = tag.Get(db); err == nil {
			// 更新
			tag.QuoteNum++
			if err = tag.Update(db); err != nil {
				return
			}
		} else {
			if tag, err = (&dbr.Tag{
				UserID:   userId,
				QuoteNum: 1,
				Tag:      name,
			}).Create(db); err != nil {
				return
			}
		}
		res = append(res, &cs.TagInfo{
			ID:       tag.ID,
			UserID:   tag.UserID,
			Tag:      tag.Tag,
			QuoteNum: tag.QuoteNum,
		})
	}
	return
}

// decrTagsByIds reproduces internal/dao/jinzhu/utils.go:43.
func decrTagsByIds(db *gorm.DB, ids []int64) (err error) {
	for _, id := range ids {
		tag := &dbr.Tag{Model: &dbr.Model{ID: id}}
		// safe: guard of an update only (a missing tag is skipped, never created)
		if tag, err = tag.Get(db); err == nil {
			tag.QuoteNum--
			if err = tag.Update(db); err != nil {
				return
			}
		} else {
			continue
		}
	}
	return nil
}

// updateCommentThumbsUpCount reproduces internal/dao/jinzhu/utils.go:84.
func updateCommentThumbsUpCount(db *gorm.DB, obj any, id int64, thumbsUpCount, thumbsDownCount int32) error {
	updateColumns := make(map[string]any, 2)
	if thumbsUpCount == 1 {
		updateColumns["thumbs_up_count"] = gorm.Expr("thumbs_up_count + 1")
	} else if thumbsUpCount == -1 {
		updateColumns["thumbs_up_count"] = gorm.Expr("thumbs_up_count - 1")
	}
	if thumbsDownCount == 1 {
		updateColumns["thumbs_down_count"] = gorm.Expr("thumbs_down_count + 1")
	} else if thumbsDownCount == -1 {
		updateColumns["thumbs_down_count"] = gorm.Expr("thumbs_down_count - 1")
	}
	if len(updateColumns) > 0 {
		updateColumns["modified_on"] = time.Now().Unix()
		return db.Model(obj).Where("id=?", id).UpdateColumns(updateColumns).Error
	}
	return nil
}
