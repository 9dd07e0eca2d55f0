// Package services reproduces mlogclub/bbs-go 35f4190d73eb internal/services.
package services

import (
	"errors"
	"fmt"

	"example.com/realworld/bbsgo/internal/models"
	"example.com/realworld/bbsgo/internal/models/req"
	"example.com/realworld/bbsgo/internal/pkg/locales"
	"example.com/realworld/bbsgo/internal/repositories"
	"example.com/realworld/bbsgo/third_party/simple/common/dates"
	"example.com/realworld/bbsgo/third_party/simple/sqls"
	"gorm.io/gorm"
	"gorm.io/gorm/clause"
)

// VoteService is internal/services/vote_service.go:22.
var VoteService = newVoteService()

// newVoteService is internal/services/vote_service.go:24.
func newVoteService() *voteService {
	return &voteService{}
}

// voteService is internal/services/vote_service.go:28.
type voteService struct {
}

// Cast is internal/services/vote_service.go:167.
func (s *voteService) Cast(userId int64, form req.VoteCastReq) error {
	if form.VoteId <= 0 {
		return errors.New(locales.Get("vote.vote_id_required"))
	}
	if len(form.OptionIds) == 0 {
		return errors.New(locales.Get("vote.select_option_required"))
	}

	selected := make([]int64, 0, len(form.OptionIds))
	selectedSet := make(map[int64]bool, len(form.OptionIds))
	for _, optionId := range form.OptionIds {
		if optionId <= 0 {
			return errors.New(locales.Get("vote.option_invalid"))
		}
		if selectedSet[optionId] {
			continue
		}
		selectedSet[optionId] = true
		selected = append(selected, optionId)
	}
	if len(selected) == 0 {
		return errors.New(locales.Get("vote.select_option_required"))
	}

	return sqls.WithTransaction(func(ctx *sqls.TxContext) error {
		tx := ctx.Tx
		vote := &models.Vote{}
		if err := tx.Clauses(clause.Locking{Strength: "UPDATE"}).First(vote, "id = ?", form.VoteId).Error; err != nil {
			return errors.New(locales.Get("vote.not_found"))
		}
		if dates.NowTimestamp() > vote.ExpiredAt {
			return errors.New(locales.Get("vote.expired"))
		}

		exists := repositories.VoteRecordRepository.Take(tx, "user_id = ? AND vote_id = ?", userId, vote.Id) // safe: parent vote row locked FOR UPDATE in the same transaction; unique idx_user_vote
		if exists != nil {
			return errors.New(locales.Get("vote.already_voted"))
		}

		// option validation (VoteOptionRepository.Find, vote.Type checks) trimmed

		now := dates.NowTimestamp()
		record := &models.VoteRecord{
			UserId:     userId,
			VoteId:     vote.Id,
			OptionIds:  fmt.Sprint(selected),
			CreateTime: now,
		}
		if err := repositories.VoteRecordRepository.Create(tx, record); err != nil {
			return err
		}

		if err := tx.Model(&models.Vote{}).Where("id = ?", vote.Id).
			UpdateColumn("vote_count", gorm.Expr("vote_count + 1")).Error; err != nil {
			return err
		}

		// per-option vote_count updates trimmed
		return nil
	})
}
