// Package service reproduces internal/service/comment (comment.go, ports.go).
package service

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"strings"

	"example.com/heldout/ech0/internal/kvstore"
	model "example.com/heldout/ech0/internal/model/comment"
	commonModel "example.com/heldout/ech0/internal/model/common"
	"example.com/heldout/ech0/pkg/viewer"
)

const (
	recentDuplicateSec int64 = 90
)

// Repository is internal/service/comment/ports.go:41 (reduced).
type Repository interface {
	CreateComment(ctx context.Context, c *model.Comment) error
	ExistsRecentDuplicate(
		ctx context.Context,
		echoID, content, email, ipHash, userID string,
		seconds int64,
	) (bool, error)
}

// CommentService is internal/service/comment/comment.go:50 (reduced).
type CommentService struct {
	repo      Repository
	durableKV kvstore.Store
}

// NewCommentService is internal/service/comment/comment.go:58 (reduced).
func NewCommentService(repo Repository, durableKV kvstore.Store) *CommentService {
	return &CommentService{repo: repo, durableKV: durableKV}
}

func hashClientIP(ip string) string {
	sum := sha256.Sum256([]byte(strings.TrimSpace(ip)))
	return hex.EncodeToString(sum[:])
}

func derefString(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// GetSystemSetting reads the comment setting from the KV store.
func (s *CommentService) GetSystemSetting(ctx context.Context) (model.SystemSetting, error) {
	var setting model.SystemSetting
	raw, err := s.durableKV.Get(ctx, model.CommentSystemSettingKey)
	if err != nil {
		return model.SystemSetting{EnableComment: true}, nil
	}
	_ = json.Unmarshal([]byte(raw), &setting)
	return setting, nil
}

// CreateComment is internal/service/comment/comment.go:94 (form token,
// captcha, parent, member and rate-limit handling reduced). Reached from
// POST /comments -> CommentHandler.CreateComment (handler/comment/comment.go:148).
func (s *CommentService) CreateComment(
	ctx context.Context,
	clientIP string,
	userAgent string,
	dto *model.CreateCommentDto,
) (model.CreateCommentResult, error) {
	setting, err := s.GetSystemSetting(ctx)
	if err != nil {
		return model.CreateCommentResult{}, err
	}
	if !setting.EnableComment {
		return model.CreateCommentResult{},
			commonModel.NewBizError(commonModel.ErrCodeInvalidRequest, "评论功能未启用")
	}

	comment := model.Comment{
		EchoID:    strings.TrimSpace(dto.EchoID),
		Content:   strings.TrimSpace(dto.Content),
		IPHash:    hashClientIP(clientIP),
		UserAgent: strings.TrimSpace(userAgent),
		Status:    model.StatusPending,
		Source:    model.SourceGuest,
	}
	if comment.EchoID == "" || comment.Content == "" {
		return model.CreateCommentResult{},
			commonModel.NewBizError(commonModel.ErrCodeInvalidRequest, "评论内容不能为空")
	}
	comment.Nickname = strings.TrimSpace(dto.Nickname)
	comment.Email = strings.TrimSpace(dto.Email)
	if !setting.RequireApproval {
		comment.Status = model.StatusApproved
	}

	duplicated, err := s.repo.ExistsRecentDuplicate( // race; no unique key: comments has only the uuid primary key id and non-unique indexes on echo_id, email, ip_hash, user_id (model/comment/comment.go:31-47); content is not indexed
		ctx,
		comment.EchoID,
		comment.Content,
		comment.Email,
		comment.IPHash,
		derefString(comment.UserID),
		recentDuplicateSec,
	)
	if err != nil {
		return model.CreateCommentResult{}, err
	}
	if duplicated {
		return model.CreateCommentResult{},
			commonModel.NewBizError(commonModel.ErrCodeInvalidRequest, "请勿重复提交相同评论")
	}

	if err := s.repo.CreateComment(ctx, &comment); err != nil {
		return model.CreateCommentResult{}, err
	}
	return model.CreateCommentResult{
		ID:     comment.ID,
		Status: comment.Status,
	}, nil
}

// CreateIntegrationComment is internal/service/comment/comment.go:243
// (rate limit reduced). Reached from POST /comments/integration ->
// CommentHandler.CreateIntegrationComment (handler/comment/comment.go:158).
func (s *CommentService) CreateIntegrationComment(
	ctx context.Context,
	clientIP string,
	userAgent string,
	dto *model.CreateIntegrationCommentDto,
) (model.CreateCommentResult, error) {
	setting, err := s.GetSystemSetting(ctx)
	if err != nil {
		return model.CreateCommentResult{}, err
	}
	if !setting.EnableComment {
		return model.CreateCommentResult{},
			commonModel.NewBizError(commonModel.ErrCodeInvalidRequest, "评论功能未启用")
	}

	v := viewer.MustFromContext(ctx)
	userID := ""
	if v != nil {
		userID = strings.TrimSpace(v.UserID())
	}

	comment := model.Comment{
		EchoID:    strings.TrimSpace(dto.EchoID),
		Content:   strings.TrimSpace(dto.Content),
		IPHash:    hashClientIP(clientIP),
		UserAgent: strings.TrimSpace(userAgent),
		Status:    model.StatusPending,
		Source:    model.SourceIntegration,
	}
	if comment.EchoID == "" || comment.Content == "" {
		return model.CreateCommentResult{},
			commonModel.NewBizError(commonModel.ErrCodeInvalidRequest, "评论内容不能为空")
	}

	nickname := strings.TrimSpace(dto.Nickname)
	if nickname == "" {
		nickname = "Integration"
	}
	comment.Nickname = nickname

	if userID != "" {
		comment.UserID = &userID
	}

	if !setting.RequireApproval {
		comment.Status = model.StatusApproved
	}

	duplicated, err := s.repo.ExistsRecentDuplicate( // race; no unique key: comments has only the uuid primary key id and non-unique indexes on echo_id, user_id, ip_hash (model/comment/comment.go:31-47); content is not indexed
		ctx,
		comment.EchoID,
		comment.Content,
		comment.Email,
		comment.IPHash,
		derefString(comment.UserID),
		recentDuplicateSec,
	)
	if err != nil {
		return model.CreateCommentResult{}, err
	}
	if duplicated {
		return model.CreateCommentResult{},
			commonModel.NewBizError(commonModel.ErrCodeInvalidRequest, "请勿重复提交相同评论")
	}

	if err := s.repo.CreateComment(ctx, &comment); err != nil {
		return model.CreateCommentResult{}, err
	}
	return model.CreateCommentResult{
		ID:     comment.ID,
		Status: comment.Status,
	}, nil
}

// UpdateSystemSetting is internal/service/comment/comment.go:552 (admin check
// reduced): it writes the comment setting through durableKV.Set ->
// KeyValueRepository.AddOrUpdateKeyValue outside any transaction.
func (s *CommentService) UpdateSystemSetting(ctx context.Context, setting model.SystemSetting) error {
	buf, err := json.Marshal(setting)
	if err != nil {
		return err
	}
	return s.durableKV.Set(ctx, model.CommentSystemSettingKey, string(buf))
}
