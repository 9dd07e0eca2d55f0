package jinzhu

import (
	"example.com/heldout/paopao/internal/core"
	"example.com/heldout/paopao/internal/core/cs"
	"gorm.io/gorm"
)

// topicSrv reproduces internal/dao/jinzhu/topics.go:18 (the table-name fields left out).
type topicSrv struct {
	db *gorm.DB
}

// newTopicService reproduces internal/dao/jinzhu/topics.go:34 (trimmed like topicSrv).
func newTopicService(db *gorm.DB) core.TopicService {
	return &topicSrv{
		db: db,
	}
}

// UpsertTags reproduces internal/dao/jinzhu/topics.go:48.
func (s *topicSrv) UpsertTags(userId int64, tags []string) (_ cs.TagInfoList, err error) {
	db := s.db.Begin()
	defer func() {
		if err == nil {
			db.Commit()
		} else {
			db.Rollback()
		}
	}()
	return createTags(db, userId, tags)
}

// DecrTagsById reproduces internal/dao/jinzhu/topics.go:60.
func (s *topicSrv) DecrTagsById(ids []int64) (err error) {
	db := s.db.Begin()
	defer func() {
		if err == nil {
			db.Commit()
		} else {
			db.Rollback()
		}
	}()
	return decrTagsByIds(db, ids)
}
