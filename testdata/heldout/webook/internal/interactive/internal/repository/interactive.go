package repository

import (
	"context"

	"example.com/heldout/webook/internal/interactive/internal/repository/dao"
)

// InteractiveRepository reproduces internal/interactive/internal/repository/interactive.go:41 (trimmed).
type InteractiveRepository interface {
	IncrViewCnt(ctx context.Context, biz string, bizId int64) error
	LikeToggle(ctx context.Context, biz string, id int64, uid int64) error
	CollectToggle(ctx context.Context, biz string, id int64, uid int64) error
	Liked(ctx context.Context, biz string, id int64, uid int64) (bool, error)
}

type interactiveRepository struct {
	interactiveDao dao.InteractiveDAO
}

func NewCachedInteractiveRepository(interactiveDao dao.InteractiveDAO) InteractiveRepository {
	return &interactiveRepository{interactiveDao: interactiveDao}
}

func (i *interactiveRepository) IncrViewCnt(ctx context.Context, biz string, bizId int64) error {
	return i.interactiveDao.IncrViewCnt(ctx, biz, bizId)
}

// Liked reproduces interactive.go:137 (read only).
func (i *interactiveRepository) Liked(ctx context.Context, biz string, id int64, uid int64) (bool, error) {
	_, err := i.interactiveDao.GetLikeInfo(ctx, biz, id, uid)
	switch err {
	case nil:
		return true, nil
	case dao.ErrRecordNotFound:
		return false, nil
	default:
		return false, err
	}
}

// LikeToggle reproduces interactive.go:161.
func (i *interactiveRepository) LikeToggle(ctx context.Context, biz string, id int64, uid int64) error {
	return i.interactiveDao.LikeToggle(ctx, biz, id, uid)
}

// CollectToggle reproduces interactive.go:165.
func (i *interactiveRepository) CollectToggle(ctx context.Context, biz string, id int64, uid int64) error {
	return i.interactiveDao.CollectToggle(ctx, dao.UserCollectionBiz{
		Biz:   biz,
		Uid:   uid,
		BizId: id,
	})
}
