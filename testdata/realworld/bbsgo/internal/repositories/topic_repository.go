// Package repositories reproduces mlogclub/bbs-go 35f4190d73eb internal/repositories.
package repositories

import (
	"example.com/realworld/bbsgo/internal/models"
	"gorm.io/gorm"
)

// TopicRepository is internal/repositories/topic_repository.go:12.
var TopicRepository = newTopicRepository()

// newTopicRepository is internal/repositories/topic_repository.go:14.
func newTopicRepository() *topicRepository {
	return &topicRepository{}
}

// topicRepository is internal/repositories/topic_repository.go:18.
type topicRepository struct {
}

// Get is internal/repositories/topic_repository.go:21.
func (r *topicRepository) Get(db *gorm.DB, id int64) *models.Topic {
	ret := &models.Topic{}
	if err := db.First(ret, "id = ?", id).Error; err != nil {
		return nil
	}
	return ret
}

// UpdateColumn is internal/repositories/topic_repository.go:95.
func (r *topicRepository) UpdateColumn(db *gorm.DB, id int64, name string, value interface{}) (err error) {
	err = db.Model(&models.Topic{}).Where("id = ?", id).UpdateColumn(name, value).Error
	return
}
