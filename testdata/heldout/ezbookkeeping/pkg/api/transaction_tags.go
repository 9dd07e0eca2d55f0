package api

import (
	"example.com/heldout/ezbookkeeping/pkg/core"
	"example.com/heldout/ezbookkeeping/pkg/errs"
	"example.com/heldout/ezbookkeeping/pkg/log"
	"example.com/heldout/ezbookkeeping/pkg/models"
	"example.com/heldout/ezbookkeeping/pkg/services"
)

// TransactionTagsApi represents transaction tag api (pkg/api/transaction_tags.go:14)
type TransactionTagsApi struct {
	tags      *services.TransactionTagService
	tagGroups *services.TransactionTagGroupService
}

// Initialize a transaction tag api singleton instance (pkg/api/transaction_tags.go:20)
var (
	TransactionTags = &TransactionTagsApi{
		tags:      services.TransactionTags,
		tagGroups: services.TransactionTagGroups,
	}
)

// TagCreateHandler saves a new transaction tag by request parameters for current user (pkg/api/transaction_tags.go:72)
func (a *TransactionTagsApi) TagCreateHandler(c *core.WebContext) (any, *errs.Error) {
	var tagCreateReq models.TransactionTagCreateRequest
	err := c.ShouldBindJSON(&tagCreateReq)

	if err != nil {
		log.Warnf(c, "[transaction_tags.TagCreateHandler] parse request failed, because %s", err.Error())
		return nil, errs.NewIncompleteOrIncorrectSubmissionError(err)
	}

	uid := c.GetCurrentUid()

	if tagCreateReq.GroupId > 0 {
		tagGroup, err := a.tagGroups.GetTagGroupByTagGroupId(c, uid, tagCreateReq.GroupId) // safe: looks up the parent tag group, which must exist; the inserted tag is keyed on a fresh uuid (its own name check is in CreateTag)

		if err != nil {
			log.Errorf(c, "[transaction_tags.TagCreateHandler] failed to get tag group \"id:%d\" for user \"uid:%d\", because %s", tagCreateReq.GroupId, uid, err.Error())
			return nil, errs.Or(err, errs.ErrOperationFailed)
		}

		if tagGroup == nil {
			log.Warnf(c, "[transaction_tags.TagCreateHandler] the tag group \"id:%d\" does not exist for user \"uid:%d\"", tagCreateReq.GroupId, uid)
			return nil, errs.ErrTransactionTagGroupNotFound
		}
	}

	maxOrderId, err := a.tags.GetMaxDisplayOrder(c, uid, tagCreateReq.GroupId)

	if err != nil {
		log.Errorf(c, "[transaction_tags.TagCreateHandler] failed to get max display order for user \"uid:%d\", because %s", uid, err.Error())
		return nil, errs.Or(err, errs.ErrOperationFailed)
	}

	tag := a.createNewTagModel(uid, &tagCreateReq, maxOrderId+1)

	err = a.tags.CreateTag(c, tag)

	if err != nil {
		log.Errorf(c, "[transaction_tags.TagCreateHandler] failed to create tag \"id:%d\" for user \"uid:%d\", because %s", tag.TagId, uid, err.Error())
		return nil, errs.Or(err, errs.ErrOperationFailed)
	}

	log.Infof(c, "[transaction_tags.TagCreateHandler] user \"uid:%d\" has created a new tag \"id:%d\" successfully", uid, tag.TagId)

	return tag, nil
}

// TagCreateBatchHandler saves some new transaction tags by request parameters for current user (pkg/api/transaction_tags.go:121)
func (a *TransactionTagsApi) TagCreateBatchHandler(c *core.WebContext) (any, *errs.Error) {
	var tagCreateBatchReq models.TransactionTagCreateBatchRequest
	err := c.ShouldBindJSON(&tagCreateBatchReq)

	if err != nil {
		log.Warnf(c, "[transaction_tags.TagCreateBatchHandler] parse request failed, because %s", err.Error())
		return nil, errs.NewIncompleteOrIncorrectSubmissionError(err)
	}

	for i := 0; i < len(tagCreateBatchReq.Tags); i++ {
		if tagCreateBatchReq.Tags[i].GroupId != tagCreateBatchReq.GroupId {
			return nil, errs.ErrTransactionTagGroupIdInvalid
		}
	}

	uid := c.GetCurrentUid()

	if tagCreateBatchReq.GroupId > 0 {
		tagGroup, err := a.tagGroups.GetTagGroupByTagGroupId(c, uid, tagCreateBatchReq.GroupId)

		if err != nil {
			return nil, errs.Or(err, errs.ErrOperationFailed)
		}

		if tagGroup == nil {
			return nil, errs.ErrTransactionTagGroupNotFound
		}
	}

	maxOrderId, err := a.tags.GetMaxDisplayOrder(c, uid, tagCreateBatchReq.GroupId)

	if err != nil {
		log.Errorf(c, "[transaction_tags.TagCreateBatchHandler] failed to get max display order for user \"uid:%d\", because %s", uid, err.Error())
		return nil, errs.Or(err, errs.ErrOperationFailed)
	}

	tags := a.createNewTagModels(uid, &tagCreateBatchReq, maxOrderId+1)

	err = a.tags.CreateTags(c, uid, tags, tagCreateBatchReq.SkipExists)

	if err != nil {
		log.Errorf(c, "[transaction_tags.TagCreateBatchHandler] failed to create tags for user \"uid:%d\", because %s", uid, err.Error())
		return nil, errs.Or(err, errs.ErrOperationFailed)
	}

	log.Infof(c, "[transaction_tags.TagCreateBatchHandler] user \"uid:%d\" has created tags successfully", uid)

	return tags, nil
}

// createNewTagModel (pkg/api/transaction_tags.go:335)
func (a *TransactionTagsApi) createNewTagModel(uid int64, tagCreateReq *models.TransactionTagCreateRequest, order int32) *models.TransactionTag {
	return &models.TransactionTag{
		Uid:          uid,
		Name:         tagCreateReq.Name,
		TagGroupId:   tagCreateReq.GroupId,
		DisplayOrder: order,
	}
}

// createNewTagModels (pkg/api/transaction_tags.go:344)
func (a *TransactionTagsApi) createNewTagModels(uid int64, tagCreateBatchReq *models.TransactionTagCreateBatchRequest, order int32) []*models.TransactionTag {
	tags := make([]*models.TransactionTag, len(tagCreateBatchReq.Tags))

	for i := 0; i < len(tagCreateBatchReq.Tags); i++ {
		tagCreateReq := tagCreateBatchReq.Tags[i]
		tag := a.createNewTagModel(uid, tagCreateReq, order+int32(i))
		tag.TagGroupId = tagCreateBatchReq.GroupId
		tags[i] = tag
	}

	return tags
}
