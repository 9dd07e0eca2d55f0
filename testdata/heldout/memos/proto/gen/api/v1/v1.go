// Package v1 is a small stand-in for memos' generated API package
// github.com/usememos/memos/proto/gen/api/v1 (v1pb). Only the request and
// response messages used by the reproductions are declared.
package v1

import "time"

// Timestamp stands in for timestamppb.Timestamp.
type Timestamp struct{ T time.Time }

func (t *Timestamp) AsTime() time.Time { return t.T }
func (t *Timestamp) IsValid() bool     { return t != nil && !t.T.IsZero() }

// FieldMask stands in for fieldmaskpb.FieldMask.
type FieldMask struct{ Paths []string }

type User_Role int32

const (
	User_ROLE_UNSPECIFIED User_Role = 0
	User_ADMIN            User_Role = 2
	User_USER             User_Role = 3
)

type User struct {
	Name        string
	Username    string
	Role        User_Role
	Email       string
	DisplayName string
	Password    string
}

type CreateUserRequest struct {
	User         *User
	UserId       string
	ValidateOnly bool
}

type UserSetting_GeneralSetting struct {
	Locale            string
	MemoVisibility    string
	Theme             string
	SaveMediaMetadata bool
}

type UserSetting_TagsSetting struct {
	Tags map[string]string
}

type isUserSetting_Value interface{ isUserSetting_Value() }

type UserSetting_GeneralSetting_ struct{ GeneralSetting *UserSetting_GeneralSetting }
type UserSetting_TagsSetting_ struct{ TagsSetting *UserSetting_TagsSetting }

func (*UserSetting_GeneralSetting_) isUserSetting_Value() {}
func (*UserSetting_TagsSetting_) isUserSetting_Value()    {}

type UserSetting struct {
	Name  string
	Value isUserSetting_Value
}

func (x *UserSetting) GetGeneralSetting() *UserSetting_GeneralSetting {
	if x == nil {
		return nil
	}
	if v, ok := x.Value.(*UserSetting_GeneralSetting_); ok {
		return v.GeneralSetting
	}
	return nil
}

func (x *UserSetting) GetTagsSetting() *UserSetting_TagsSetting {
	if x == nil {
		return nil
	}
	if v, ok := x.Value.(*UserSetting_TagsSetting_); ok {
		return v.TagsSetting
	}
	return nil
}

type GetUserSettingRequest struct{ Name string }

type UpdateUserSettingRequest struct {
	Setting    *UserSetting
	UpdateMask *FieldMask
}

type Reaction struct {
	Name         string
	Creator      string
	ContentId    string
	ReactionType string
}

type UpsertMemoReactionRequest struct {
	Name     string
	Reaction *Reaction
}

type Visibility int32

const (
	Visibility_VISIBILITY_UNSPECIFIED Visibility = 0
	Visibility_PRIVATE                Visibility = 1
	Visibility_PROTECTED              Visibility = 2
	Visibility_PUBLIC                 Visibility = 3
)

type Memo struct {
	Name       string
	Creator    string
	Content    string
	Visibility Visibility
	CreateTime *Timestamp
	UpdateTime *Timestamp
}

type CreateMemoRequest struct {
	Memo   *Memo
	MemoId string
}

type CreateMemoCommentRequest struct {
	Name      string
	Comment   *Memo
	CommentId string
}

type MemoShare struct {
	Name       string
	ExpireTime *Timestamp
}

type CreateMemoShareRequest struct {
	Parent    string
	MemoShare *MemoShare
}

type Attachment struct {
	Name     string
	Filename string
	Content  []byte
	Type     string
	Memo     *string
}

type CreateAttachmentRequest struct {
	Attachment   *Attachment
	AttachmentId string
}
