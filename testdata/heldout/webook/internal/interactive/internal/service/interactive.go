package service

import (
	"context"

	"example.com/heldout/webook/internal/interactive/internal/repository"
)

// Service reproduces internal/interactive/internal/service/interactive.go (trimmed).
type Service interface {
	IncrReadCnt(ctx context.Context, biz string, bizId int64) error
	// LikeToggle 如果点赞过，就取消点赞，如果没点赞过，就点赞
	LikeToggle(c context.Context, biz string, id int64, uid int64) error
	// CollectToggle 如果收藏过，就取消收藏，如果没收藏过，就收藏
	CollectToggle(ctx context.Context, biz string, bizId, uid int64) error
}

type interactiveService struct {
	repo repository.InteractiveRepository
}

func NewService(repo repository.InteractiveRepository) Service {
	return &interactiveService{repo: repo}
}

func (i *interactiveService) IncrReadCnt(ctx context.Context, biz string, bizId int64) error {
	return i.repo.IncrViewCnt(ctx, biz, bizId)
}

func (i *interactiveService) LikeToggle(c context.Context, biz string, id int64, uid int64) error {
	return i.repo.LikeToggle(c, biz, id, uid)
}

func (i *interactiveService) CollectToggle(ctx context.Context, biz string, bizId, uid int64) error {
	return i.repo.CollectToggle(ctx, biz, bizId, uid)
}
