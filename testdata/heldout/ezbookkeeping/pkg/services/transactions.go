package services

import (
	"time"

	"xorm.io/xorm"

	"example.com/heldout/ezbookkeeping/pkg/core"
	"example.com/heldout/ezbookkeeping/pkg/datastore"
	"example.com/heldout/ezbookkeeping/pkg/errs"
	"example.com/heldout/ezbookkeeping/pkg/models"
	"example.com/heldout/ezbookkeeping/pkg/utils"
	"example.com/heldout/ezbookkeeping/pkg/uuid"
)

// TransactionService represents transaction service (pkg/services/transactions.go)
type TransactionService struct {
	ServiceUsingDB
	ServiceUsingUuid
}

// Initialize a transaction service singleton instance
var (
	Transactions = &TransactionService{
		ServiceUsingDB: ServiceUsingDB{
			container: datastore.Container,
		},
		ServiceUsingUuid: ServiceUsingUuid{
			container: uuid.Container,
		},
	}
)

// GetTransactionsByTransactionIds returns transactions according to transaction ids (pkg/services/transactions.go:520)
func (s *TransactionService) GetTransactionsByTransactionIds(c core.Context, uid int64, transactionIds []int64) ([]*models.Transaction, error) {
	if uid <= 0 {
		return nil, errs.ErrUserIdInvalid
	}

	if len(transactionIds) <= 0 {
		return nil, errs.ErrTransactionIdInvalid
	}

	var transactions []*models.Transaction
	err := s.UserDataDB(uid).NewSession(c).Where("uid=? AND deleted=?", uid, false).In("transaction_id", transactionIds).Find(&transactions)

	return transactions, err
}

// BatchAddTagsToTransactions batch adds tags to transactions (pkg/services/transactions.go:1608)
func (s *TransactionService) BatchAddTagsToTransactions(c core.Context, uid int64, transactions []*models.Transaction, addTransactionTagIds map[int64][]int64) error {
	if uid <= 0 {
		return errs.ErrUserIdInvalid
	}

	if len(addTransactionTagIds) < 1 {
		return errs.ErrTransactionIdInvalid
	}

	now := time.Now().Unix()
	transactionTagIndexes := make([]*models.TransactionTagIndex, 0, len(addTransactionTagIds))
	transactionsMap := make(map[int64]*models.Transaction, len(transactions))
	transactionTagIdsMap := make(map[int64]bool, 0)

	for i := 0; i < len(transactions); i++ {
		transaction := transactions[i]
		transactionsMap[transaction.TransactionId] = transaction
	}

	for transactionId, tagIds := range addTransactionTagIds {
		if transactionId <= 0 {
			return errs.ErrTransactionIdInvalid
		}

		transaction, exists := transactionsMap[transactionId]

		if !exists || transaction == nil {
			return errs.ErrTransactionNotFound
		}

		tagIds = utils.ToUniqueInt64Slice(tagIds)

		for i := 0; i < len(tagIds); i++ {
			tagId := tagIds[i]

			if tagId <= 0 {
				return errs.ErrTransactionTagIdInvalid
			}

			transactionTagIndexes = append(transactionTagIndexes, &models.TransactionTagIndex{
				Uid:             uid,
				Deleted:         false,
				TransactionTime: transaction.TransactionTime,
				TagId:           tagId,
				TransactionId:   transactionId,
				CreatedUnixTime: now,
				UpdatedUnixTime: now,
			})

			transactionTagIdsMap[tagId] = true
		}
	}

	tagIndexUuids := s.GenerateUuids(uuid.UUID_TYPE_TAG_INDEX, uint16(len(transactionTagIndexes)))

	if len(tagIndexUuids) < len(transactionTagIndexes) {
		return errs.ErrCannotAddTagsToTooManyTransactionsOneTime
	}

	for i := 0; i < len(transactionTagIndexes); i++ {
		transactionTagIndexes[i].TagIndexId = tagIndexUuids[i]
	}

	tagIds := make([]int64, 0, len(transactionTagIdsMap))

	for tagId := range transactionTagIdsMap {
		tagIds = append(tagIds, tagId)
	}

	return s.UserDataDB(uid).DoTransaction(c, func(sess *xorm.Session) error {
		// Get and verify tags
		err := s.isTagsValid(sess, uid, transactionTagIndexes, tagIds)

		if err != nil {
			return err
		}

		for i := 0; i < len(transactionTagIndexes); i++ {
			transactionTagIndex := transactionTagIndexes[i]
			_, err := sess.Insert(transactionTagIndex)

			if err != nil {
				return err
			}
		}

		return nil
	})
}

// isTagsValid (pkg/services/transactions.go:3431)
func (s *TransactionService) isTagsValid(sess *xorm.Session, uid int64, transactionTagIndexes []*models.TransactionTagIndex, tagIds []int64) error {
	if len(transactionTagIndexes) > 0 {
		var tags []*models.TransactionTag
		err := sess.Where("uid=? AND deleted=?", uid, false).In("tag_id", tagIds).Find(&tags)

		if err != nil {
			return err
		}

		tagMap := make(map[int64]*models.TransactionTag)

		for i := 0; i < len(tags); i++ {
			if tags[i].Hidden {
				return errs.ErrCannotUseHiddenTransactionTag
			}

			tagMap[tags[i].TagId] = tags[i]
		}

		for i := 0; i < len(transactionTagIndexes); i++ {
			if _, exists := tagMap[transactionTagIndexes[i].TagId]; !exists {
				return errs.ErrTransactionTagNotFound
			}
		}
	}

	return nil
}
