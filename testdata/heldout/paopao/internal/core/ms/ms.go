// Package ms reproduces rocboss/paopao-ce 0b35d12b74c0 internal/core/ms: the model aliases of
// the core data-service interfaces onto the GORM models in dao/jinzhu/dbr (trimmed).
package ms

import (
	"example.com/heldout/paopao/internal/dao/jinzhu/dbr"
)

// UserStatus* reproduce internal/core/ms/ms.go:14.
const (
	UserStatusNormal = dbr.UserStatusNormal
	UserStatusClosed = dbr.UserStatusClosed
)

// The aliases reproduce internal/core/ms/ms.go:19.
type (
	User                = dbr.User
	Post                = dbr.Post
	ConditionsT         = dbr.ConditionsT
	PostFormated        = dbr.PostFormated
	UserFormated        = dbr.UserFormated
	PostContentFormated = dbr.PostContentFormated
	Model               = dbr.Model
)

// The content types reproduce internal/core/ms/tweets.go:16 (trimmed).
const (
	ContentTypeTitle            = dbr.ContentTypeTitle
	ContentTypeText             = dbr.ContentTypeText
	ContentTypeChargeAttachment = dbr.ContentTypeChargeAttachment
)

// The aliases reproduce internal/core/ms/tweets.go:34 (trimmed).
type (
	PostStar           = dbr.PostStar
	PostCollection     = dbr.PostCollection
	PostAttachmentBill = dbr.PostAttachmentBill
	PostContent        = dbr.PostContent
)

// WalletRecharge reproduces internal/core/ms/wallet.go:13.
type WalletRecharge = dbr.WalletRecharge
