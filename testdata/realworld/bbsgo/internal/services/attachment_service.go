// Package services reproduces mlogclub/bbs-go 35f4190d73eb internal/services.
package services

import (
	"errors"

	"example.com/realworld/bbsgo/internal/models"
	"example.com/realworld/bbsgo/internal/models/constants"
	"example.com/realworld/bbsgo/internal/pkg/locales"
	"example.com/realworld/bbsgo/internal/repositories"
	"example.com/realworld/bbsgo/third_party/simple/common/dates"
	"example.com/realworld/bbsgo/third_party/simple/common/strs"
	"example.com/realworld/bbsgo/third_party/simple/sqls"
	"gorm.io/gorm"
)

// AttachmentService is internal/services/attachment_service.go:21.
var AttachmentService = new(attachmentService)

// attachmentService is internal/services/attachment_service.go:23.
type attachmentService struct{}

// GetDownloadRedirectUrl 根据附件访问地址生成 302 目标 URL（Local 需拼 baseURL）
//
// Upstream: internal/services/attachment_service.go:142.
func (s *attachmentService) GetDownloadRedirectUrl(att *models.Attachment) string {
	return att.FileUrl
}

// Download 鉴权并返回下载重定向 URL；如需扣积分则在事务内扣费并写入 download_log
//
// Upstream: internal/services/attachment_service.go:147.
func (s *attachmentService) Download(attachmentId string, userId int64) (redirectURL string, err error) {
	if strs.IsBlank(attachmentId) {
		return "", errors.New(locales.Get("attachment.not_found"))
	}
	att := repositories.AttachmentRepository.Get(sqls.DB(), attachmentId)
	if att == nil || att.Status != constants.StatusOk {
		return "", errors.New(locales.Get("attachment.not_found"))
	}
	if att.TopicId <= 0 {
		return "", errors.New(locales.Get("attachment.not_found"))
	}

	// topic status check (TopicRepository.Get) trimmed

	// 已购买：直接放行
	if repositories.AttachmentDownloadLogRepository.Exists(sqls.DB(), userId, attachmentId) { // race
		redirectURL = s.GetDownloadRedirectUrl(att)
		if strs.IsNotBlank(redirectURL) {
			repositories.AttachmentRepository.IncrDownloadCount(sqls.DB(), att.Id)
		}
		return redirectURL, nil
	}

	// 帖主本人或 0 积分：免费，写入 download_log 便于统计
	if att.UserId == userId || att.DownloadScore <= 0 {
		_ = repositories.AttachmentDownloadLogRepository.Create(sqls.DB(), &models.AttachmentDownloadLog{
			UserId:       userId,
			AttachmentId: attachmentId,
			CreateTime:   dates.NowTimestamp(),
		})
		redirectURL = s.GetDownloadRedirectUrl(att)
		if strs.IsNotBlank(redirectURL) {
			repositories.AttachmentRepository.IncrDownloadCount(sqls.DB(), att.Id)
		}
		return redirectURL, nil
	}

	// 需扣积分：事务内扣费 + 写 UserScoreLog + 插入 download_log
	err = sqls.WithTransaction(func(ctx *sqls.TxContext) error {
		user := repositories.UserRepository.Get(ctx.Tx, userId)
		if user == nil {
			return errors.New(locales.Get("common.not_found"))
		}
		if user.Score < att.DownloadScore {
			return errors.New(locales.Get("attachment.insufficient_score"))
		}
		if err := repositories.UserRepository.Updates(ctx.Tx, userId, map[string]interface{}{ // UserService.DecrScoreTx, reduced
			"score": gorm.Expr("score - ?", att.DownloadScore),
		}); err != nil {
			return err
		}
		if err := repositories.AttachmentDownloadLogRepository.Create(ctx.Tx, &models.AttachmentDownloadLog{
			UserId:       userId,
			AttachmentId: attachmentId,
			CreateTime:   dates.NowTimestamp(),
		}); err != nil {
			return err
		}
		return nil
	})
	if err != nil {
		return "", err
	}
	redirectURL = s.GetDownloadRedirectUrl(att)
	if strs.IsNotBlank(redirectURL) {
		repositories.AttachmentRepository.IncrDownloadCount(sqls.DB(), att.Id)
	}
	return redirectURL, nil
}
