package services

import (
	"time"

	"xorm.io/xorm"

	"example.com/heldout/ezbookkeeping/pkg/core"
	"example.com/heldout/ezbookkeeping/pkg/datastore"
	"example.com/heldout/ezbookkeeping/pkg/errs"
	"example.com/heldout/ezbookkeeping/pkg/models"
	"example.com/heldout/ezbookkeeping/pkg/uuid"
)

// TransactionTemplateService represents transaction template service (pkg/services/transaction_templates.go)
type TransactionTemplateService struct {
	ServiceUsingDB
	ServiceUsingUuid
}

// Initialize a transaction template service singleton instance
var (
	TransactionTemplates = &TransactionTemplateService{
		ServiceUsingDB: ServiceUsingDB{
			container: datastore.Container,
		},
		ServiceUsingUuid: ServiceUsingUuid{
			container: uuid.Container,
		},
	}
)

// CreateTemplate saves a new transaction template model to database (pkg/services/transaction_templates.go:110)
func (s *TransactionTemplateService) CreateTemplate(c core.Context, template *models.TransactionTemplate) error {
	if template.Uid <= 0 {
		return errs.ErrUserIdInvalid
	}

	template.TemplateId = s.GenerateUuid(uuid.UUID_TYPE_TEMPLATE)

	if template.TemplateId < 1 {
		return errs.ErrSystemIsBusy
	}

	template.Deleted = false
	template.CreatedUnixTime = time.Now().Unix()
	template.UpdatedUnixTime = time.Now().Unix()

	return s.UserDataDB(template.Uid).DoTransaction(c, func(sess *xorm.Session) error {
		err := s.isTemplateValid(sess, template) // safe: looks up the referenced account, category and tags (parents that must exist); the inserted template is keyed on a fresh uuid

		if err != nil {
			return err
		}

		_, err = sess.Insert(template)
		return err
	})
}

// isTemplateValid (pkg/services/transaction_templates.go:266)
func (s *TransactionTemplateService) isTemplateValid(sess *xorm.Session, template *models.TransactionTemplate) error {
	// check accounts are valid
	sourceAccount := &models.Account{}
	destinationAccount := &models.Account{}
	has, err := sess.ID(template.AccountId).Where("uid=? AND deleted=?", template.Uid, false).Get(sourceAccount)

	if err != nil {
		return err
	} else if !has {
		return errs.ErrSourceAccountNotFound
	}

	if sourceAccount.Hidden {
		return errs.ErrCannotUseHiddenAccount
	}

	if template.Type == models.TRANSACTION_TYPE_TRANSFER {
		if template.RelatedAccountId <= 0 {
			return errs.ErrAccountIdInvalid
		} else {
			has, err = sess.ID(template.RelatedAccountId).Where("uid=? AND deleted=?", template.Uid, false).Get(destinationAccount)

			if err != nil {
				return err
			} else if !has {
				return errs.ErrDestinationAccountNotFound
			}

			if destinationAccount.Hidden {
				return errs.ErrCannotUseHiddenAccount
			}
		}
	}

	if sourceAccount.Type == models.ACCOUNT_TYPE_MULTI_SUB_ACCOUNTS || (destinationAccount != nil && destinationAccount.Type == models.ACCOUNT_TYPE_MULTI_SUB_ACCOUNTS) {
		return errs.ErrCannotAddTransactionToParentAccount
	}

	// check category is valid
	category := &models.TransactionCategory{}
	has, err = sess.ID(template.CategoryId).Where("uid=? AND deleted=?", template.Uid, false).Get(category)

	if err != nil {
		return err
	} else if !has {
		return errs.ErrTransactionCategoryNotFound
	}

	if category.Hidden {
		return errs.ErrCannotUseHiddenTransactionCategory
	}

	if category.ParentCategoryId == models.LevelOneTransactionCategoryParentId {
		return errs.ErrCannotUsePrimaryCategoryForTransaction
	}

	if (template.Type == models.TRANSACTION_TYPE_INCOME && category.Type != models.CATEGORY_TYPE_INCOME) ||
		(template.Type == models.TRANSACTION_TYPE_EXPENSE && category.Type != models.CATEGORY_TYPE_EXPENSE) ||
		(template.Type == models.TRANSACTION_TYPE_TRANSFER && category.Type != models.CATEGORY_TYPE_TRANSFER) {
		return errs.ErrTransactionCategoryTypeInvalid
	}

	// check tags are valid
	tagIds := template.GetTagIds()
	var tags []*models.TransactionTag
	err = sess.Where("uid=? AND deleted=?", template.Uid, false).In("tag_id", tagIds).Find(&tags)

	if err != nil {
		return err
	} else if len(tags) < len(tagIds) {
		return errs.ErrTransactionTagNotFound
	}

	for i := 0; i < len(tags); i++ {
		if tags[i].Hidden {
			return errs.ErrCannotUseHiddenTransactionTag
		}
	}

	return nil
}
