// Package store is a small stand-in for memos' generated protobuf package
// github.com/usememos/memos/proto/gen/store (storepb). Only the messages, enums
// and getters used by the reproductions are declared.
package store

// UserSetting_Key mirrors storepb.UserSetting_Key.
type UserSetting_Key int32

const (
	UserSetting_KEY_UNSPECIFIED        UserSetting_Key = 0
	UserSetting_GENERAL                UserSetting_Key = 1
	UserSetting_REFRESH_TOKENS         UserSetting_Key = 4
	UserSetting_PERSONAL_ACCESS_TOKENS UserSetting_Key = 5
	UserSetting_WEBHOOKS               UserSetting_Key = 6
	UserSetting_MEMO_VIEWS             UserSetting_Key = 7
	UserSetting_TAGS                   UserSetting_Key = 8
)

var UserSetting_Key_name = map[int32]string{
	0: "KEY_UNSPECIFIED",
	1: "GENERAL",
	4: "REFRESH_TOKENS",
	5: "PERSONAL_ACCESS_TOKENS",
	6: "WEBHOOKS",
	7: "MEMO_VIEWS",
	8: "TAGS",
}

var UserSetting_Key_value = map[string]int32{
	"KEY_UNSPECIFIED":        0,
	"GENERAL":                1,
	"REFRESH_TOKENS":         4,
	"PERSONAL_ACCESS_TOKENS": 5,
	"WEBHOOKS":               6,
	"MEMO_VIEWS":             7,
	"TAGS":                   8,
}

func (x UserSetting_Key) String() string { return UserSetting_Key_name[int32(x)] }

type GeneralUserSetting struct {
	Locale            string `json:"locale,omitempty"`
	MemoVisibility    string `json:"memoVisibility,omitempty"`
	Theme             string `json:"theme,omitempty"`
	SaveMediaMetadata bool   `json:"saveMediaMetadata,omitempty"`
}

type TagsUserSetting struct {
	Tags map[string]string `json:"tags,omitempty"`
}

type PersonalAccessTokensUserSetting_PersonalAccessToken struct {
	TokenId     string `json:"tokenId,omitempty"`
	TokenHash   string `json:"tokenHash,omitempty"`
	Description string `json:"description,omitempty"`
}

type PersonalAccessTokensUserSetting struct {
	Tokens []*PersonalAccessTokensUserSetting_PersonalAccessToken `json:"tokens,omitempty"`
}

type WebhooksUserSetting_Webhook struct {
	Id            string `json:"id,omitempty"`
	Title         string `json:"title,omitempty"`
	Url           string `json:"url,omitempty"`
	SigningSecret string `json:"signingSecret,omitempty"`
}

type WebhooksUserSetting struct {
	Webhooks []*WebhooksUserSetting_Webhook `json:"webhooks,omitempty"`
}

type isUserSetting_Value interface{ isUserSetting_Value() }

type UserSetting_General struct{ General *GeneralUserSetting }
type UserSetting_Tags struct{ Tags *TagsUserSetting }
type UserSetting_PersonalAccessTokens struct {
	PersonalAccessTokens *PersonalAccessTokensUserSetting
}
type UserSetting_Webhooks struct{ Webhooks *WebhooksUserSetting }

func (*UserSetting_General) isUserSetting_Value()              {}
func (*UserSetting_Tags) isUserSetting_Value()                 {}
func (*UserSetting_PersonalAccessTokens) isUserSetting_Value() {}
func (*UserSetting_Webhooks) isUserSetting_Value()             {}

type UserSetting struct {
	UserId int32
	Key    UserSetting_Key
	Value  isUserSetting_Value
}

func (x *UserSetting) GetGeneral() *GeneralUserSetting {
	if v, ok := x.GetValue().(*UserSetting_General); ok {
		return v.General
	}
	return nil
}

func (x *UserSetting) GetTags() *TagsUserSetting {
	if v, ok := x.GetValue().(*UserSetting_Tags); ok {
		return v.Tags
	}
	return nil
}

func (x *UserSetting) GetPersonalAccessTokens() *PersonalAccessTokensUserSetting {
	if v, ok := x.GetValue().(*UserSetting_PersonalAccessTokens); ok {
		return v.PersonalAccessTokens
	}
	return nil
}

func (x *UserSetting) GetWebhooks() *WebhooksUserSetting {
	if v, ok := x.GetValue().(*UserSetting_Webhooks); ok {
		return v.Webhooks
	}
	return nil
}

func (x *UserSetting) GetValue() isUserSetting_Value {
	if x == nil {
		return nil
	}
	return x.Value
}

// InstanceSettingKey mirrors storepb.InstanceSettingKey.
type InstanceSettingKey int32

const (
	InstanceSettingKey_INSTANCE_SETTING_KEY_UNSPECIFIED InstanceSettingKey = 0
	InstanceSettingKey_BASIC                            InstanceSettingKey = 1
	InstanceSettingKey_GENERAL                          InstanceSettingKey = 2
)

var InstanceSettingKey_name = map[int32]string{
	0: "INSTANCE_SETTING_KEY_UNSPECIFIED",
	1: "BASIC",
	2: "GENERAL",
}

var InstanceSettingKey_value = map[string]int32{
	"INSTANCE_SETTING_KEY_UNSPECIFIED": 0,
	"BASIC":                            1,
	"GENERAL":                          2,
}

func (x InstanceSettingKey) String() string { return InstanceSettingKey_name[int32(x)] }

type InstanceBasicSetting struct {
	SecretKey     string `json:"secretKey,omitempty"`
	SchemaVersion string `json:"schemaVersion,omitempty"`
}

type InstanceGeneralSetting struct {
	DisallowUserRegistration bool `json:"disallowUserRegistration,omitempty"`
	DisallowPasswordAuth     bool `json:"disallowPasswordAuth,omitempty"`
}

type isInstanceSetting_Value interface{ isInstanceSetting_Value() }

type InstanceSetting_BasicSetting struct{ BasicSetting *InstanceBasicSetting }
type InstanceSetting_GeneralSetting struct{ GeneralSetting *InstanceGeneralSetting }

func (*InstanceSetting_BasicSetting) isInstanceSetting_Value()   {}
func (*InstanceSetting_GeneralSetting) isInstanceSetting_Value() {}

type InstanceSetting struct {
	Key   InstanceSettingKey
	Value isInstanceSetting_Value
}

func (x *InstanceSetting) GetBasicSetting() *InstanceBasicSetting {
	if x == nil {
		return nil
	}
	if v, ok := x.Value.(*InstanceSetting_BasicSetting); ok {
		return v.BasicSetting
	}
	return nil
}

func (x *InstanceSetting) GetGeneralSetting() *InstanceGeneralSetting {
	if x == nil {
		return nil
	}
	if v, ok := x.Value.(*InstanceSetting_GeneralSetting); ok {
		return v.GeneralSetting
	}
	return nil
}

// IdentityProvider mirrors the fields of storepb.IdentityProvider used here.
type IdentityProvider struct {
	Id   int32
	Uid  string
	Name string
}

type MemoPayload struct{}

type AttachmentPayload struct{}

// AttachmentStorageType mirrors storepb.AttachmentStorageType.
type AttachmentStorageType int32

const (
	AttachmentStorageType_ATTACHMENT_STORAGE_TYPE_UNSPECIFIED AttachmentStorageType = 0
	AttachmentStorageType_LOCAL                               AttachmentStorageType = 1
)

func (x AttachmentStorageType) String() string {
	if x == AttachmentStorageType_LOCAL {
		return "LOCAL"
	}
	return "ATTACHMENT_STORAGE_TYPE_UNSPECIFIED"
}
