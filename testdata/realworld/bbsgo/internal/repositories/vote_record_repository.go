// Package repositories reproduces mlogclub/bbs-go 35f4190d73eb internal/repositories.
package repositories

import (
	"example.com/realworld/bbsgo/internal/models"
	"gorm.io/gorm"
)

// VoteRecordRepository is internal/repositories/vote_record_repository.go:12.
var VoteRecordRepository = newVoteRecordRepository()

// newVoteRecordRepository is internal/repositories/vote_record_repository.go:14.
func newVoteRecordRepository() *voteRecordRepository {
	return &voteRecordRepository{}
}

// voteRecordRepository is internal/repositories/vote_record_repository.go:18.
type voteRecordRepository struct {
}

// Take is internal/repositories/vote_record_repository.go:29.
func (r *voteRecordRepository) Take(db *gorm.DB, where ...interface{}) *models.VoteRecord {
	ret := &models.VoteRecord{}
	if err := db.Take(ret, where...).Error; err != nil {
		return nil
	}
	return ret
}

// Create is internal/repositories/vote_record_repository.go:80.
func (r *voteRecordRepository) Create(db *gorm.DB, t *models.VoteRecord) (err error) {
	err = db.Create(t).Error
	return
}
