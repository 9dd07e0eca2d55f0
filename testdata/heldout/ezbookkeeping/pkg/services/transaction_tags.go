package services

import (
	"sort"
	"time"

	"xorm.io/xorm"

	"example.com/heldout/ezbookkeeping/pkg/core"
	"example.com/heldout/ezbookkeeping/pkg/datastore"
	"example.com/heldout/ezbookkeeping/pkg/errs"
	"example.com/heldout/ezbookkeeping/pkg/models"
	"example.com/heldout/ezbookkeeping/pkg/uuid"
)

// TransactionTagService represents transaction tag service (pkg/services/transaction_tags.go)
type TransactionTagService struct {
	ServiceUsingDB
	ServiceUsingUuid
}

// Initialize a transaction tag service singleton instance
var (
	TransactionTags = &TransactionTagService{
		ServiceUsingDB: ServiceUsingDB{
			container: datastore.Container,
		},
		ServiceUsingUuid: ServiceUsingUuid{
			container: uuid.Container,
		},
	}
)

// GetTagsByTagIds returns transaction tag models according to transaction tag ids (pkg/services/transaction_tags.go:83)
func (s *TransactionTagService) GetTagsByTagIds(c core.Context, uid int64, tagIds []int64) (map[int64]*models.TransactionTag, error) {
	if uid <= 0 {
		return nil, errs.ErrUserIdInvalid
	}

	if tagIds == nil {
		return nil, errs.ErrTransactionTagIdInvalid
	}

	var tags []*models.TransactionTag
	err := s.UserDataDB(uid).NewSession(c).Where("uid=? AND deleted=?", uid, false).In("tag_id", tagIds).Find(&tags)

	if err != nil {
		return nil, err
	}

	tagMap := s.GetTagMapByList(tags)
	return tagMap, err
}

// GetMaxDisplayOrder returns the max display order (pkg/services/transaction_tags.go:104)
func (s *TransactionTagService) GetMaxDisplayOrder(c core.Context, uid int64, tagGroupId int64) (int32, error) {
	if uid <= 0 {
		return 0, errs.ErrUserIdInvalid
	}

	tag := &models.TransactionTag{}
	has, err := s.UserDataDB(uid).NewSession(c).Cols("uid", "deleted", "display_order").Where("uid=? AND deleted=? AND tag_group_id=?", uid, false, tagGroupId).OrderBy("display_order desc").Limit(1).Get(tag)

	if err != nil {
		return 0, err
	}

	if has {
		return tag.DisplayOrder, nil
	} else {
		return 0, nil
	}
}

// GetAllTagIdsOfTransactions returns transaction tag ids for given transactions (pkg/services/transaction_tags.go:183)
func (s *TransactionTagService) GetAllTagIdsOfTransactions(c core.Context, uid int64, transactionIds []int64) (map[int64][]int64, error) {
	if uid <= 0 {
		return nil, errs.ErrUserIdInvalid
	}

	var tagIndexes []*models.TransactionTagIndex
	err := s.UserDataDB(uid).NewSession(c).Where("uid=? AND deleted=?", uid, false).In("transaction_id", transactionIds).OrderBy("transaction_id asc, tag_index_id asc").Find(&tagIndexes)

	allTransactionTagIds := s.GetGroupedTransactionTagIds(tagIndexes)

	return allTransactionTagIds, err
}

// CreateTag saves a new transaction tag model to database (pkg/services/transaction_tags.go:197)
func (s *TransactionTagService) CreateTag(c core.Context, tag *models.TransactionTag) error {
	if tag.Uid <= 0 {
		return errs.ErrUserIdInvalid
	}

	exists, err := s.ExistsTagName(c, tag.Uid, tag.Name) // race; no unique key: transaction_tag has only PK tag_id and the non-unique IDX_tag_uid_deleted_group_order, nothing on (uid, deleted, name)

	if err != nil {
		return err
	} else if exists {
		return errs.ErrTransactionTagNameAlreadyExists
	}

	tag.TagId = s.GenerateUuid(uuid.UUID_TYPE_TAG)

	if tag.TagId < 1 {
		return errs.ErrSystemIsBusy
	}

	tag.Deleted = false
	tag.CreatedUnixTime = time.Now().Unix()
	tag.UpdatedUnixTime = time.Now().Unix()

	return s.UserDataDB(tag.Uid).DoTransaction(c, func(sess *xorm.Session) error {
		_, err := sess.Insert(tag)
		return err
	})
}

// CreateTags saves a few transaction tag models to database (pkg/services/transaction_tags.go:227)
func (s *TransactionTagService) CreateTags(c core.Context, uid int64, tags []*models.TransactionTag, skipExists bool) error {
	if uid <= 0 {
		return errs.ErrUserIdInvalid
	}

	allTagNames := make([]string, len(tags))

	for i := 0; i < len(tags); i++ {
		allTagNames[i] = tags[i].Name
	}

	var existTags []*models.TransactionTag
	err := s.UserDataDB(uid).NewSession(c).Where("uid=? AND deleted=?", uid, false).In("name", allTagNames).Find(&existTags) // race; no unique key: transaction_tag has only PK tag_id and the non-unique IDX_tag_uid_deleted_group_order, nothing on (uid, deleted, name)

	if err != nil {
		return err
	} else if !skipExists && len(existTags) > 0 {
		return errs.ErrTransactionTagNameAlreadyExists
	}

	existsNameTagMap := make(map[string]*models.TransactionTag, len(existTags))

	for i := 0; i < len(existTags); i++ {
		tag := existTags[i]
		existsNameTagMap[tag.Name] = tag
	}

	newTags := make([]*models.TransactionTag, 0, len(tags)-len(existTags))

	for i := 0; i < len(tags); i++ {
		tag := tags[i]
		existsTag, exists := existsNameTagMap[tag.Name]

		if exists {
			tag.FillFromOtherTag(existsTag)
			continue
		}

		newTags = append(newTags, tag)
	}

	tagUuids := s.GenerateUuids(uuid.UUID_TYPE_TAG_INDEX, uint16(len(newTags)))

	if len(tagUuids) < len(newTags) {
		return errs.ErrSystemIsBusy
	}

	for i := 0; i < len(newTags); i++ {
		tag := newTags[i]
		tag.TagId = tagUuids[i]
		tag.Deleted = false
		tag.CreatedUnixTime = time.Now().Unix()
		tag.UpdatedUnixTime = time.Now().Unix()
	}

	return s.UserDataDB(uid).DoTransaction(c, func(sess *xorm.Session) error {
		for i := 0; i < len(newTags); i++ {
			tag := newTags[i]
			_, err := sess.Insert(tag)

			if err != nil {
				return err
			}
		}

		return nil
	})
}

// ExistsTagName returns whether the given tag name exists (pkg/services/transaction_tags.go:468)
func (s *TransactionTagService) ExistsTagName(c core.Context, uid int64, name string) (bool, error) {
	if name == "" {
		return false, errs.ErrTransactionTagNameIsEmpty
	}

	return s.UserDataDB(uid).NewSession(c).Cols("name").Where("uid=? AND deleted=? AND name=?", uid, false, name).Exist(&models.TransactionTag{})
}

// GetTagMapByList returns a transaction tag map by a list (pkg/services/transaction_tags.go:503)
func (s *TransactionTagService) GetTagMapByList(tags []*models.TransactionTag) map[int64]*models.TransactionTag {
	tagMap := make(map[int64]*models.TransactionTag)

	for i := 0; i < len(tags); i++ {
		tag := tags[i]
		tagMap[tag.TagId] = tag
	}
	return tagMap
}

// GetGroupedTransactionTagIds returns a map of transaction tag ids grouped by transaction id (pkg/services/transaction_tags.go:542)
func (s *TransactionTagService) GetGroupedTransactionTagIds(tagIndexes []*models.TransactionTagIndex) map[int64][]int64 {
	allTransactionTagIds := make(map[int64][]int64)

	for i := 0; i < len(tagIndexes); i++ {
		tagIndex := tagIndexes[i]

		var transactionTagIds []int64

		if _, exists := allTransactionTagIds[tagIndex.TransactionId]; exists {
			transactionTagIds = allTransactionTagIds[tagIndex.TransactionId]
		}

		transactionTagIds = append(transactionTagIds, tagIndex.TagId)
		allTransactionTagIds[tagIndex.TransactionId] = transactionTagIds
	}

	for _, tagIds := range allTransactionTagIds {
		sort.Slice(tagIds, func(i, j int) bool { return tagIds[i] < tagIds[j] })
	}

	return allTransactionTagIds
}

// TransactionTagGroupService represents transaction tag group service (pkg/services/transaction_tag_groups.go)
type TransactionTagGroupService struct {
	ServiceUsingDB
	ServiceUsingUuid
}

// Initialize a transaction tag group service singleton instance
var (
	TransactionTagGroups = &TransactionTagGroupService{
		ServiceUsingDB: ServiceUsingDB{
			container: datastore.Container,
		},
		ServiceUsingUuid: ServiceUsingUuid{
			container: uuid.Container,
		},
	}
)

// GetTagGroupByTagGroupId returns a transaction tag group model according to transaction tag group id (pkg/services/transaction_tag_groups.go:46)
func (s *TransactionTagGroupService) GetTagGroupByTagGroupId(c core.Context, uid int64, tagGroupId int64) (*models.TransactionTagGroup, error) {
	if uid <= 0 {
		return nil, errs.ErrUserIdInvalid
	}

	if tagGroupId <= 0 {
		return nil, errs.ErrTransactionTagGroupIdInvalid
	}

	tagGroup := &models.TransactionTagGroup{}
	has, err := s.UserDataDB(uid).NewSession(c).ID(tagGroupId).Where("uid=? AND deleted=?", uid, false).Get(tagGroup)

	if err != nil {
		return nil, err
	} else if !has {
		return nil, errs.ErrTransactionTagGroupNotFound
	}

	return tagGroup, nil
}
