package models

import (
	"strconv"
	"strings"

	"example.com/heldout/ezbookkeeping/pkg/core"
)

// TransactionType represents transaction type
type TransactionType byte

// Transaction types
const (
	TRANSACTION_TYPE_MODIFY_BALANCE TransactionType = 1
	TRANSACTION_TYPE_INCOME         TransactionType = 2
	TRANSACTION_TYPE_EXPENSE        TransactionType = 3
	TRANSACTION_TYPE_TRANSFER       TransactionType = 4
)

// TransactionDbType represents transaction type in database
type TransactionDbType byte

// Transaction db types
const (
	TRANSACTION_DB_TYPE_MODIFY_BALANCE TransactionDbType = 1
	TRANSACTION_DB_TYPE_INCOME         TransactionDbType = 2
	TRANSACTION_DB_TYPE_EXPENSE        TransactionDbType = 3
	TRANSACTION_DB_TYPE_TRANSFER_OUT   TransactionDbType = 4
	TRANSACTION_DB_TYPE_TRANSFER_IN    TransactionDbType = 5
)

// Transaction represents transaction data stored in database (pkg/models/transaction.go:127; non-key indexes trimmed)
type Transaction struct {
	TransactionId        int64             `xorm:"PK"`
	Uid                  int64             `xorm:"UNIQUE(UQE_transaction_uid_time) INDEX(IDX_transaction_uid_deleted_time) NOT NULL"`
	Deleted              bool              `xorm:"INDEX(IDX_transaction_uid_deleted_time) NOT NULL"`
	Type                 TransactionDbType `xorm:"NOT NULL"`
	CategoryId           int64             `xorm:"NOT NULL"`
	AccountId            int64             `xorm:"NOT NULL"`
	TransactionTime      int64             `xorm:"UNIQUE(UQE_transaction_uid_time) INDEX(IDX_transaction_uid_deleted_time) NOT NULL"`
	TimezoneUtcOffset    int16             `xorm:"NOT NULL"`
	Amount               int64             `xorm:"NOT NULL"`
	RelatedId            int64             `xorm:"NOT NULL"`
	RelatedAccountId     int64             `xorm:"NOT NULL"`
	RelatedAccountAmount int64             `xorm:"NOT NULL"`
	HideAmount           bool              `xorm:"NOT NULL"`
	Comment              string            `xorm:"VARCHAR(255) NOT NULL"`
	CreatedIp            string            `xorm:"VARCHAR(39)"`
	CreatedUnixTime      int64
	UpdatedUnixTime      int64
	DeletedUnixTime      int64
}

// TransactionBatchAddTagsRequest represents all parameters of transaction batch add tags request
type TransactionBatchAddTagsRequest struct {
	TransactionIds []string `json:"transactionIds" binding:"required"`
	TagIds         []string `json:"tagIds" binding:"required"`
}

// TransactionTag represents transaction tag data stored in database (pkg/models/transaction_tag.go:4)
type TransactionTag struct {
	TagId           int64  `xorm:"PK"`
	Uid             int64  `xorm:"INDEX(IDX_tag_uid_deleted_group_order) NOT NULL"`
	Deleted         bool   `xorm:"INDEX(IDX_tag_uid_deleted_group_order) NOT NULL"`
	TagGroupId      int64  `xorm:"INDEX(IDX_tag_uid_deleted_group_order) NOT NULL DEFAULT 0"`
	Name            string `xorm:"VARCHAR(64) NOT NULL"`
	DisplayOrder    int32  `xorm:"INDEX(IDX_tag_uid_deleted_group_order) NOT NULL"`
	Hidden          bool   `xorm:"NOT NULL"`
	CreatedUnixTime int64
	UpdatedUnixTime int64
	DeletedUnixTime int64
}

// FillFromOtherTag fills all the fields in this current tag from other transaction tag
func (t *TransactionTag) FillFromOtherTag(tag *TransactionTag) {
	t.TagId = tag.TagId
	t.Uid = tag.Uid
	t.Deleted = tag.Deleted
	t.TagGroupId = tag.TagGroupId
	t.Name = tag.Name
	t.DisplayOrder = tag.DisplayOrder
	t.Hidden = tag.Hidden
	t.CreatedUnixTime = tag.CreatedUnixTime
	t.UpdatedUnixTime = tag.UpdatedUnixTime
	t.DeletedUnixTime = tag.DeletedUnixTime
}

// TransactionTagCreateRequest represents all parameters of transaction tag creation request
type TransactionTagCreateRequest struct {
	GroupId int64  `json:"groupId,string"`
	Name    string `json:"name" binding:"required,notBlank,max=64"`
}

// TransactionTagCreateBatchRequest represents all parameters of transaction tag batch creation request
type TransactionTagCreateBatchRequest struct {
	Tags       []*TransactionTagCreateRequest `json:"tags" binding:"required"`
	GroupId    int64                          `json:"groupId,string"`
	SkipExists bool                           `json:"skipExists"`
}

// TransactionTagGroup represents transaction tag group data stored in database (pkg/models/transaction_tag_group.go:4)
type TransactionTagGroup struct {
	TagGroupId      int64  `xorm:"PK"`
	Uid             int64  `xorm:"INDEX(IDX_tag_group_uid_deleted_order) NOT NULL"`
	Deleted         bool   `xorm:"INDEX(IDX_tag_group_uid_deleted_order) NOT NULL"`
	Name            string `xorm:"VARCHAR(64) NOT NULL"`
	DisplayOrder    int32  `xorm:"INDEX(IDX_tag_group_uid_deleted_order) NOT NULL"`
	CreatedUnixTime int64
	UpdatedUnixTime int64
	DeletedUnixTime int64
}

// TransactionTagIndex represents transaction and transaction tag relation stored in database (pkg/models/transaction_tag_index.go:4)
type TransactionTagIndex struct {
	TagIndexId      int64 `xorm:"PK"`
	Uid             int64 `xorm:"INDEX(IDX_transaction_tag_index_uid_deleted_tag_id_transaction_id) INDEX(IDX_transaction_tag_index_uid_deleted_transaction_time_tag_id) INDEX(IDX_transaction_tag_index_uid_deleted_transaction_id)"`
	Deleted         bool  `xorm:"INDEX(IDX_transaction_tag_index_uid_deleted_tag_id_transaction_id) INDEX(IDX_transaction_tag_index_uid_deleted_transaction_time_tag_id) INDEX(IDX_transaction_tag_index_uid_deleted_transaction_id) NOT NULL"`
	TransactionTime int64 `xorm:"INDEX(IDX_transaction_tag_index_uid_deleted_transaction_time_tag_id) NOT NULL"`
	TagId           int64 `xorm:"INDEX(IDX_transaction_tag_index_uid_deleted_tag_id_transaction_id) INDEX(IDX_transaction_tag_index_uid_deleted_transaction_time_tag_id)"`
	TransactionId   int64 `xorm:"INDEX(IDX_transaction_tag_index_uid_deleted_tag_id_transaction_id) INDEX(IDX_transaction_tag_index_uid_deleted_transaction_id)"`
	CreatedUnixTime int64
	UpdatedUnixTime int64
	DeletedUnixTime int64
}

// AccountType represents account type
type AccountType byte

// Account types
const (
	ACCOUNT_TYPE_SINGLE_ACCOUNT     AccountType = 1
	ACCOUNT_TYPE_MULTI_SUB_ACCOUNTS AccountType = 2
)

// Account represents account data stored in database (pkg/models/account.go:75)
type Account struct {
	AccountId       int64       `xorm:"PK"`
	Uid             int64       `xorm:"INDEX(IDX_account_uid_deleted_parent_account_id_order) NOT NULL"`
	Deleted         bool        `xorm:"INDEX(IDX_account_uid_deleted_parent_account_id_order) NOT NULL"`
	Type            AccountType `xorm:"NOT NULL"`
	ParentAccountId int64       `xorm:"INDEX(IDX_account_uid_deleted_parent_account_id_order) NOT NULL"`
	Name            string      `xorm:"VARCHAR(64) NOT NULL"`
	DisplayOrder    int32       `xorm:"INDEX(IDX_account_uid_deleted_parent_account_id_order) NOT NULL"`
	Currency        string      `xorm:"VARCHAR(3) NOT NULL"`
	Balance         int64       `xorm:"NOT NULL"`
	Hidden          bool        `xorm:"NOT NULL"`
	CreatedUnixTime int64
	UpdatedUnixTime int64
	DeletedUnixTime int64
}

// LevelOneTransactionCategoryParentId represents the parent id of level-one transaction category
const LevelOneTransactionCategoryParentId = 0

// TransactionCategoryType represents transaction category type
type TransactionCategoryType byte

// Transaction category types
const (
	CATEGORY_TYPE_INCOME   TransactionCategoryType = 1
	CATEGORY_TYPE_EXPENSE  TransactionCategoryType = 2
	CATEGORY_TYPE_TRANSFER TransactionCategoryType = 3
)

// TransactionCategory represents transaction category data stored in database (pkg/models/transaction_category.go:19)
type TransactionCategory struct {
	CategoryId       int64                   `xorm:"PK"`
	Uid              int64                   `xorm:"INDEX(IDX_category_uid_deleted_type_parent_category_id_order) NOT NULL"`
	Deleted          bool                    `xorm:"INDEX(IDX_category_uid_deleted_type_parent_category_id_order) NOT NULL"`
	Type             TransactionCategoryType `xorm:"INDEX(IDX_category_uid_deleted_type_parent_category_id_order) NOT NULL"`
	ParentCategoryId int64                   `xorm:"INDEX(IDX_category_uid_deleted_type_parent_category_id_order) NOT NULL"`
	Name             string                  `xorm:"VARCHAR(64) NOT NULL"`
	DisplayOrder     int32                   `xorm:"INDEX(IDX_category_uid_deleted_type_parent_category_id_order) NOT NULL"`
	Icon             int64                   `xorm:"NOT NULL"`
	IconType         core.IconType
	Color            string `xorm:"VARCHAR(6) NOT NULL"`
	Hidden           bool   `xorm:"NOT NULL"`
	Comment          string `xorm:"VARCHAR(255) NOT NULL"`
	CreatedUnixTime  int64
	UpdatedUnixTime  int64
	DeletedUnixTime  int64
}

// TransactionCategoryCreateRequest represents all parameters of single transaction category creation request
type TransactionCategoryCreateRequest struct {
	Name            string                  `json:"name" binding:"required,notBlank,max=64"`
	Type            TransactionCategoryType `json:"type" binding:"required"`
	ParentId        int64                   `json:"parentId,string" binding:"min=0"`
	Icon            int64                   `json:"icon,string" binding:"min=1"`
	Color           string                  `json:"color" binding:"required,len=6,validHexRGBColor"`
	Comment         string                  `json:"comment" binding:"max=255"`
	ClientSessionId string                  `json:"clientSessionId"`
}

// TransactionTemplateType represents transaction template type
type TransactionTemplateType byte

// TransactionTemplate represents transaction template stored in database (pkg/models/transaction_template.go:33; schedule columns dropped)
type TransactionTemplate struct {
	TemplateId           int64                   `xorm:"PK"`
	Uid                  int64                   `xorm:"INDEX(IDX_transaction_template_uid_deleted_template_type_order) NOT NULL"`
	Deleted              bool                    `xorm:"INDEX(IDX_transaction_template_uid_deleted_template_type_order) NOT NULL"`
	TemplateType         TransactionTemplateType `xorm:"INDEX(IDX_transaction_template_uid_deleted_template_type_order) NOT NULL"`
	Name                 string                  `xorm:"VARCHAR(64) NOT NULL"`
	Type                 TransactionType         `xorm:"NOT NULL"`
	CategoryId           int64                   `xorm:"NOT NULL"`
	AccountId            int64                   `xorm:"NOT NULL"`
	TagIds               string                  `xorm:"VARCHAR(255) NOT NULL"`
	Amount               int64                   `xorm:"NOT NULL"`
	RelatedAccountId     int64                   `xorm:"NOT NULL"`
	RelatedAccountAmount int64                   `xorm:"NOT NULL"`
	HideAmount           bool                    `xorm:"NOT NULL"`
	Comment              string                  `xorm:"VARCHAR(255) NOT NULL"`
	DisplayOrder         int32                   `xorm:"INDEX(IDX_transaction_template_uid_deleted_template_type_order) NOT NULL"`
	Hidden               bool                    `xorm:"NOT NULL"`
	CreatedUnixTime      int64
	UpdatedUnixTime      int64
	DeletedUnixTime      int64
}

// GetTagIds returns the tag ids of the template
func (t *TransactionTemplate) GetTagIds() []int64 {
	var ids []int64

	for _, s := range strings.Split(t.TagIds, ",") {
		if id, err := strconv.ParseInt(s, 10, 64); err == nil {
			ids = append(ids, id)
		}
	}

	return ids
}
