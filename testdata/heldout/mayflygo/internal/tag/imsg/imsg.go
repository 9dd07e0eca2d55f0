package imsg

import "example.com/heldout/mayflygo/pkg/i18n"

const (
	ErrTagCodeInvalid i18n.MsgId = iota + 30000
	ErrNoPermissionCreateTag
	ErrTagCodePathLikeExist
	ErrNoPermissionOpResource
	ErrNameExist
	ErrMemeberExist
	ErrConflictingCodePath
	ErrAcNameExist
	ErrResourceTagNotExist
	ErrPublicAcRelated
	ErrResourceNoBindAc
)
