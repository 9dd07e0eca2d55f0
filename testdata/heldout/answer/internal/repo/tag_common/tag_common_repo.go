package tag_common

import (
	"context"

	"example.com/heldout/answer/internal/base/data"
	"example.com/heldout/answer/internal/base/reason"
	"example.com/heldout/answer/internal/entity"
	"example.com/heldout/answer/internal/service/unique"
	"example.com/heldout/answer/third_party/pacman/errors"
)

// tagCommonRepo reproduces internal/repo/tag_common/tag_common_repo.go:39.
// tagCommonRepo tag repository
type tagCommonRepo struct {
	data         *data.Data
	uniqueIDRepo unique.UniqueIDRepo
}

// AddTagList reproduces internal/repo/tag_common/tag_common_repo.go:224.
// AddTagList add tag
func (tr *tagCommonRepo) AddTagList(ctx context.Context, tagList []*entity.Tag) (err error) {
	addTags := make([]*entity.Tag, 0)
	for _, item := range tagList {
		exist, err := tr.updateDeletedTag(ctx, item)
		if err != nil {
			return err
		}
		if exist {
			continue
		}
		addTags = append(addTags, item)
		item.ID, err = tr.uniqueIDRepo.GenUniqueIDStr(ctx, item.TableName())
		if err != nil {
			return err
		}
		item.RevisionID = "0"
	}
	if len(addTags) == 0 {
		return nil
	}
	_, err = tr.data.DB.Context(ctx).Insert(addTags)
	if err != nil {
		err = errors.InternalServer(reason.DatabaseError).WithError(err).WithStack()
	}
	return
}

// updateDeletedTag reproduces internal/repo/tag_common/tag_common_repo.go:251.
func (tr *tagCommonRepo) updateDeletedTag(ctx context.Context, tag *entity.Tag) (exist bool, err error) {
	old := &entity.Tag{SlugName: tag.SlugName}
	exist, err = tr.data.DB.Context(ctx).Get(old) // race
	if err != nil {
		return false, errors.InternalServer(reason.DatabaseError).WithError(err).WithStack()
	}
	if !exist || old.Status != entity.TagStatusDeleted {
		return false, nil
	}
	tag.ID = old.ID
	tag.Status = entity.TagStatusAvailable
	tag.RevisionID = "0"
	if _, err = tr.data.DB.Context(ctx).ID(tag.ID).Update(tag); err != nil {
		return false, errors.InternalServer(reason.DatabaseError).WithError(err).WithStack()
	}
	return true, nil
}
