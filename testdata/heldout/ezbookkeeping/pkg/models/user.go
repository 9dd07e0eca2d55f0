// Package models is a reduced copy of github.com/mayswind/ezbookkeeping/pkg/models:
// the database structs keep their xorm tags (the schema is created from them by
// xorm Sync2, pkg/datastore/datastore.go:45); unrelated columns and types are dropped.
package models

import "example.com/heldout/ezbookkeeping/pkg/core"

// TransactionEditScope represents the scope which transaction can be edited
type TransactionEditScope byte

// Editable Transaction Ranges
const (
	TRANSACTION_EDIT_SCOPE_NONE TransactionEditScope = 0
	TRANSACTION_EDIT_SCOPE_ALL  TransactionEditScope = 1
)

// User represents user data stored in database (pkg/models/user.go:87; display-format columns dropped)
type User struct {
	Uid                   int64  `xorm:"PK"`
	Username              string `xorm:"VARCHAR(32) UNIQUE NOT NULL"`
	Email                 string `xorm:"VARCHAR(100) UNIQUE NOT NULL"`
	Nickname              string `xorm:"VARCHAR(64) NOT NULL"`
	Password              string `xorm:"VARCHAR(64) NOT NULL"`
	Salt                  string `xorm:"VARCHAR(10) NOT NULL"`
	CustomAvatarType      string `xorm:"VARCHAR(10)"`
	DefaultAccountId      int64
	UseLastReconciledTime bool
	TransactionEditScope  TransactionEditScope `xorm:"TINYINT NOT NULL"`
	Language              string               `xorm:"VARCHAR(10)"`
	DefaultCurrency       string               `xorm:"VARCHAR(3) NOT NULL"`
	FirstDayOfWeek        core.WeekDay         `xorm:"TINYINT NOT NULL"`
	FiscalYearStart       core.FiscalYearStart `xorm:"SMALLINT"`
	FeatureRestriction    core.UserFeatureRestrictions
	Disabled              bool
	Deleted               bool `xorm:"NOT NULL"`
	EmailVerified         bool `xorm:"NOT NULL"`
	CreatedUnixTime       int64
	UpdatedUnixTime       int64
	DeletedUnixTime       int64
	LastLoginUnixTime     int64
}

// UserRegisterRequest represents all parameters of user registering request
type UserRegisterRequest struct {
	Username        string       `json:"username" binding:"required,notBlank,max=32,validUsername"`
	Email           string       `json:"email" binding:"required,notBlank,max=100,validEmail"`
	Nickname        string       `json:"nickname" binding:"required,notBlank,max=64"`
	Password        string       `json:"password" binding:"required,min=6,max=128"`
	Language        string       `json:"language" binding:"required,min=2,max=16"`
	DefaultCurrency string       `json:"defaultCurrency" binding:"required,len=3,validCurrency"`
	FirstDayOfWeek  core.WeekDay `json:"firstDayOfWeek" binding:"min=0,max=6"`
}

// UserProfileUpdateRequest represents all parameters of user updating profile request (reduced)
type UserProfileUpdateRequest struct {
	Email    string `json:"email" binding:"omitempty,notBlank,max=100,validEmail"`
	Nickname string `json:"nickname" binding:"omitempty,notBlank,max=64"`
}

// UserExternalAuth represents user external auth data stored in database (pkg/models/user_external_auth.go:6)
type UserExternalAuth struct {
	Uid              int64                     `xorm:"PK"`
	ExternalAuthType core.UserExternalAuthType `xorm:"VARCHAR(32) PK UNIQUE(uqe_userexternalauth_authtype_username) UNIQUE(uqe_userexternalauth_authtype_email)"`
	ExternalUsername string                    `xorm:"VARCHAR(32) UNIQUE(uqe_userexternalauth_authtype_username) NOT NULL"`
	ExternalEmail    string                    `xorm:"VARCHAR(100) UNIQUE(uqe_userexternalauth_authtype_email) NOT NULL"`
	CreatedUnixTime  int64
}

// OAuth2CallbackTokenContext represents the context of oauth 2.0 callback token
type OAuth2CallbackTokenContext struct {
	ExternalAuthType core.UserExternalAuthType `json:"externalAuthType"`
	ExternalUsername string                    `json:"externalUsername,omitempty"`
	ExternalEmail    string                    `json:"externalEmail,omitempty"`
}

// OAuth2CallbackRequest represents all parameters of oauth 2.0 callback request
type OAuth2CallbackRequest struct {
	State string `form:"state"`
	Code  string `form:"code"`
}

// TwoFactor represents user 2fa data stored in database (pkg/models/two_factor.go:4)
type TwoFactor struct {
	Uid             int64  `xorm:"PK"`
	Secret          string `xorm:"VARCHAR(80) NOT NULL"`
	CreatedUnixTime int64
}

// TwoFactorRecoveryCode represents user 2fa recovery codes stored in database (pkg/models/two_factor_recovery_code.go:4)
type TwoFactorRecoveryCode struct {
	Uid             int64  `xorm:"PK"`
	RecoveryCode    string `xorm:"VARCHAR(64) PK"`
	Used            bool   `xorm:"NOT NULL"`
	CreatedUnixTime int64
	UsedUnixTime    int64
}

// TwoFactorEnableConfirmRequest represents all parameters of 2fa confirm request
type TwoFactorEnableConfirmRequest struct {
	Secret   string `json:"secret" binding:"required,notBlank,len=32"`
	Passcode string `json:"passcode" binding:"required,notBlank,len=6"`
}

// TwoFactorEnableConfirmResponse represents all response parameters after user have enabled 2fa
type TwoFactorEnableConfirmResponse struct {
	Token         string   `json:"token,omitempty"`
	RecoveryCodes []string `json:"recoveryCodes"`
}

// TwoFactorDisableRequest represents all parameters of 2fa disabling request
type TwoFactorDisableRequest struct {
	Password string `json:"password" binding:"omitempty,min=6,max=128"`
}
