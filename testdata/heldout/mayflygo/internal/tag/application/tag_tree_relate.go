package application

import (
	"context"
	"strings"

	"example.com/heldout/mayflygo/internal/tag/domain/entity"
	"example.com/heldout/mayflygo/internal/tag/domain/repository"
	"example.com/heldout/mayflygo/internal/tag/imsg"
	"example.com/heldout/mayflygo/pkg/base"
	"example.com/heldout/mayflygo/pkg/errorx"
	"example.com/heldout/mayflygo/pkg/model"
	"example.com/heldout/mayflygo/pkg/utils/collx"
)

// server/internal/tag/application/tag_tree_relate.go
type TagTreeRelate interface {
	base.App[*entity.TagTreeRelate]

	// RelateTag 关联标签
	RelateTag(ctx context.Context, relateType entity.TagRelateType, relateId uint64, tagCodePaths ...string) error

	// GetTagPathsByAccountId 根据账号id获取该账号可操作的标签code路径
	GetTagPathsByAccountId(accountId uint64) []string
}

type tagTreeRelateAppImpl struct {
	base.AppImpl[*entity.TagTreeRelate, repository.TagTreeRelate]

	tagTreeApp TagTree `inject:"T"`
}

var _ (TagTreeRelate) = (*tagTreeRelateAppImpl)(nil)

// RelateTag (tag_tree_relate.go:43): SaveTeam (team.go:98), SaveCmdConf
// (machine_cmd_conf.go:45), SaveMachineCronJob (machine_cronjob.go:83),
// SaveProcdef (flow procdef.go:82).
func (tr *tagTreeRelateAppImpl) RelateTag(ctx context.Context, relateType entity.TagRelateType, relateId uint64, tagCodePaths ...string) error {
	if hasConflictPath(tagCodePaths) {
		return errorx.NewBizI(ctx, imsg.ErrConflictingCodePath)
	}

	var tags []*entity.TagTree
	if len(tagCodePaths) > 0 {
		tr.tagTreeApp.ListByQuery(&entity.TagTreeQuery{CodePaths: tagCodePaths}, &tags)
		if len(tags) != len(tagCodePaths) {
			return errorx.NewBiz("There is an error tag path")
		}
	}

	// preload of the current relations; tag ids missing from it are batch-inserted:
	// two concurrent saves of one team / cmd conf / cron job / procdef both insert them.
	oldRelates, _ := tr.ListByCond(&entity.TagTreeRelate{RelateType: relateType, RelateId: relateId}) // race; no unique key: t_tag_tree_relate (relate_type, relate_id, tag_id) has only the non-unique idx_tag_id (entity/tag_tree_relate.go:9; mayfly-go.sql:973)
	oldTagIds := collx.ArrayMap[*entity.TagTreeRelate, uint64](oldRelates, func(val *entity.TagTreeRelate) uint64 {
		return val.TagId
	})
	newTagIds := collx.ArrayMap[*entity.TagTree, uint64](tags, func(val *entity.TagTree) uint64 {
		return val.Id
	})
	addTagIds, delTagIds, _ := collx.ArrayCompare(newTagIds, oldTagIds)

	if len(addTagIds) > 0 {
		trs := make([]*entity.TagTreeRelate, 0)
		for _, tagId := range addTagIds {
			trs = append(trs, &entity.TagTreeRelate{
				TagId:      tagId,
				RelateType: relateType,
				RelateId:   relateId,
			})
		}
		if err := tr.BatchInsert(ctx, trs); err != nil {
			return err
		}
	}

	if len(delTagIds) > 0 {
		if err := tr.DeleteByCond(ctx, model.NewCond().Eq("relate_type", relateType).Eq("relate_id", relateId).In("tag_id", delTagIds)); err != nil {
			return err
		}
	}

	return nil
}

func (tr *tagTreeRelateAppImpl) GetTagPathsByAccountId(accountId uint64) []string {
	return tr.GetRepo().SelectTagPathsByAccountId(accountId)
}

// hasConflictPath 判断标签路径中是否存在冲突路径 (tag_tree.go:608)
func hasConflictPath(codePaths []string) bool {
	if len(codePaths) == 0 {
		return false
	}
	seen := make(map[string]bool)
	for _, str := range codePaths {
		parts := strings.Split(str, entity.CodePathSeparator)
		var prefix string
		for _, part := range parts {
			prefix += part + entity.CodePathSeparator
			if seen[prefix] {
				return true
			}
		}
		seen[str] = true
	}
	return false
}
