package api

import (
	"example.com/heldout/ezbookkeeping/pkg/core"
	"example.com/heldout/ezbookkeeping/pkg/errs"
	"example.com/heldout/ezbookkeeping/pkg/log"
	"example.com/heldout/ezbookkeeping/pkg/models"
	"example.com/heldout/ezbookkeeping/pkg/services"
	"example.com/heldout/ezbookkeeping/pkg/utils"
)

// TransactionsApi represents transaction api (pkg/api/transactions.go)
type TransactionsApi struct {
	transactions    *services.TransactionService
	transactionTags *services.TransactionTagService
	users           *services.UserService
}

// Initialize a transaction api singleton instance
var (
	Transactions = &TransactionsApi{
		transactions:    services.Transactions,
		transactionTags: services.TransactionTags,
		users:           services.Users,
	}
)

// TransactionBatchAddTagsHandler batch add tags to transactions by request parameters for current user
// (pkg/api/transactions.go:1645; the editable-time-range check is dropped)
func (a *TransactionsApi) TransactionBatchAddTagsHandler(c *core.WebContext) (any, *errs.Error) {
	var transactionBatchUpdateReq models.TransactionBatchAddTagsRequest
	err := c.ShouldBindJSON(&transactionBatchUpdateReq)

	if err != nil {
		log.Warnf(c, "[transactions.TransactionBatchAddTagsHandler] parse request failed, because %s", err.Error())
		return nil, errs.NewIncompleteOrIncorrectSubmissionError(err)
	}

	transactionIds, err := utils.StringArrayToInt64Array(transactionBatchUpdateReq.TransactionIds)

	if err != nil {
		log.Warnf(c, "[transactions.TransactionBatchAddTagsHandler] parse transaction ids failed, because %s", err.Error())
		return nil, errs.ErrTransactionIdInvalid
	}

	tagIds, err := utils.StringArrayToInt64Array(transactionBatchUpdateReq.TagIds)

	if err != nil {
		log.Warnf(c, "[transactions.TransactionBatchAddTagsHandler] parse tag ids failed, because %s", err.Error())
		return nil, errs.ErrTransactionTagIdInvalid
	}

	tagIds = utils.ToUniqueInt64Slice(tagIds)

	uid := c.GetCurrentUid()

	tags, err := a.transactionTags.GetTagsByTagIds(c, uid, tagIds)

	if err != nil {
		log.Errorf(c, "[transactions.TransactionBatchAddTagsHandler] failed to get tags for user \"uid:%d\", because %s", uid, err.Error())
		return nil, errs.Or(err, errs.ErrOperationFailed)
	}

	if len(tags) != len(tagIds) {
		log.Warnf(c, "[transactions.TransactionBatchAddTagsHandler] some tags do not exist for user \"uid:%d\"", uid)
		return nil, errs.ErrTransactionTagNotFound
	}

	transactions, err := a.transactions.GetTransactionsByTransactionIds(c, uid, transactionIds)

	if err != nil {
		log.Errorf(c, "[transactions.TransactionBatchAddTagsHandler] failed to get transactions for user \"uid:%d\", because %s", uid, err.Error())
		return nil, errs.Or(err, errs.ErrOperationFailed)
	}

	transactionTagIndexes, err := a.transactionTags.GetAllTagIdsOfTransactions(c, uid, transactionIds) // race; no unique key: transaction_tag_index has only PK tag_index_id (a fresh uuid) and non-unique indexes on (uid, deleted, tag_id, transaction_id)

	if err != nil {
		log.Errorf(c, "[transactions.TransactionBatchAddTagsHandler] failed to get transactions tag indexes for user \"uid:%d\", because %s", uid, err.Error())
		return nil, errs.Or(err, errs.ErrOperationFailed)
	}

	allNewTransactionTagIndexes := make(map[int64][]int64, len(transactions))

	for i := 0; i < len(transactions); i++ {
		transaction := transactions[i]

		if transaction.Type == models.TRANSACTION_DB_TYPE_TRANSFER_IN {
			log.Warnf(c, "[transactions.TransactionBatchAddTagsHandler] cannot modify transaction \"id:%d\" for user \"uid:%d\", because transaction type is transfer in", transaction.TransactionId, uid)
			return nil, errs.ErrTransactionTypeInvalid
		}

		existedTagIds := transactionTagIndexes[transaction.TransactionId]
		existedTagIdsMap := make(map[int64]bool, len(existedTagIds))

		for j := 0; j < len(existedTagIds); j++ {
			existedTagIdsMap[existedTagIds[j]] = true
		}

		var newTagIds []int64

		for j := 0; j < len(tagIds); j++ {
			tagId := tagIds[j]

			if _, exists := existedTagIdsMap[tagId]; !exists {
				newTagIds = append(newTagIds, tagId)
			}
		}

		allNewTransactionTagIndexes[transaction.TransactionId] = newTagIds
	}

	err = a.transactions.BatchAddTagsToTransactions(c, uid, transactions, allNewTransactionTagIndexes)

	if err != nil {
		log.Errorf(c, "[transactions.TransactionBatchAddTagsHandler] failed to batch update transactions tags for user \"uid:%d\", because %s", uid, err.Error())
		return nil, errs.Or(err, errs.ErrOperationFailed)
	}

	log.Infof(c, "[transactions.TransactionBatchAddTagsHandler] user \"uid:%d\" has batch updated tag of %d transactions successfully", uid, len(allNewTransactionTagIndexes))
	return true, nil
}
